/**
 * The run log as lines in Keras's words: every callback event, warning and
 * printed message, by epoch. A verbose callback both prints and emits the
 * same sentence; it is listed once.
 */
import type { CallbackEvent, CallbackMessage, CallbackWarning } from '../../callbacks';
import type { TestEvaluation } from '../../training/protocol';
import { describeTest } from '../watch/runFigures';

export type LogLineKind = CallbackEvent['kind'] | 'warning' | 'message';

export interface LogLine {
  /** 0-based epoch, or null when outside an epoch. */
  epoch: number | null;
  callback: string;
  kind: LogLineKind;
  text: string;
}

/** CSV rows would bury the rest; they show when the log is filtered to CSVLogger. */
const QUIET_KINDS: ReadonlySet<LogLineKind> = new Set(['csv_row', 'custom_value']);

function withEpoch(epoch: number | null, message: string): string {
  const text = message.trim();
  if (epoch === null || /^(Epoch|Batch) \d+/.test(text)) return text;
  return `Epoch ${epoch + 1}: ${text}`;
}

/** Who the held-out evaluation's line is from: Keras's `model.evaluate`, after `fit`. */
export const TEST_LOG_SOURCE = 'evaluate';

export function buildLogLines(
  events: readonly CallbackEvent[],
  warnings: readonly CallbackWarning[],
  messages: readonly CallbackMessage[],
  test: TestEvaluation | null = null,
): LogLine[] {
  const eventTexts = new Set(events.map((event) => `${event.callback}|${event.message.trim()}`));
  const lines: LogLine[] = [
    ...events.map((event) => ({ epoch: event.epoch, callback: event.callback, kind: event.kind, text: withEpoch(event.epoch, event.message) })),
    ...warnings.map((warning) => ({ epoch: warning.epoch, callback: warning.callback, kind: 'warning' as const, text: `UserWarning: ${warning.message}` })),
    ...messages
      .filter((printed) => !eventTexts.has(`${printed.callback}|${printed.message.trim()}`))
      .map((printed) => ({ epoch: printed.epoch, callback: printed.callback, kind: 'message' as const, text: printed.message.trim() })),
  ];
  if (test) lines.push({ epoch: null, callback: TEST_LOG_SOURCE, kind: 'message', text: `Held-out test set: ${describeTest(test)}` });
  const order = (line: LogLine) => (line.epoch === null ? Number.MAX_SAFE_INTEGER : line.epoch);
  return lines.map((line, index) => ({ line, index })).sort((a, b) => order(a.line) - order(b.line) || a.index - b.index).map(({ line }) => line);
}

export const ALL_CALLBACKS = '';
export const WARNINGS_ONLY = '__warnings';

export function filterLogLines(lines: readonly LogLine[], filter: string): LogLine[] {
  if (filter === WARNINGS_ONLY) return lines.filter((line) => line.kind === 'warning');
  if (filter === ALL_CALLBACKS) return lines.filter((line) => !QUIET_KINDS.has(line.kind));
  return lines.filter((line) => line.callback === filter);
}

export function logCallbacks(lines: readonly LogLine[]): string[] {
  return [...new Set(lines.map((line) => line.callback))].sort();
}
