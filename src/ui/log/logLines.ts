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

/**
 * Each source's line is made once and kept while its source lives, so the
 * same event is the same line object in every update: the log's rows are
 * memoised on it and only new lines render.
 */
const madeLines = new WeakMap<object, LogLine>();

function lineOf<S extends object>(source: S, make: (source: S) => LogLine): LogLine {
  let line = madeLines.get(source);
  if (!line) {
    line = make(source);
    madeLines.set(source, line);
  }
  return line;
}

const eventLine = (event: CallbackEvent): LogLine => ({ epoch: event.epoch, callback: event.callback, kind: event.kind, text: withEpoch(event.epoch, event.message) });
const warningLine = (warning: CallbackWarning): LogLine => ({ epoch: warning.epoch, callback: warning.callback, kind: 'warning', text: `UserWarning: ${warning.message}` });
const messageLine = (printed: CallbackMessage): LogLine => ({ epoch: printed.epoch, callback: printed.callback, kind: 'message', text: printed.message.trim() });
const testLine = (test: TestEvaluation): LogLine => ({ epoch: null, callback: TEST_LOG_SOURCE, kind: 'message', text: `Held-out test set: ${describeTest(test)}` });

export function buildLogLines(
  events: readonly CallbackEvent[],
  warnings: readonly CallbackWarning[],
  messages: readonly CallbackMessage[],
  test: TestEvaluation | null = null,
): LogLine[] {
  const eventTexts = new Set(events.map((event) => `${event.callback}|${event.message.trim()}`));
  const lines: LogLine[] = [
    ...events.map((event) => lineOf(event, eventLine)),
    ...warnings.map((warning) => lineOf(warning, warningLine)),
    ...messages.filter((printed) => !eventTexts.has(`${printed.callback}|${printed.message.trim()}`)).map((printed) => lineOf(printed, messageLine)),
  ];
  if (test) lines.push(lineOf(test, testLine));
  const order = (line: LogLine) => (line.epoch === null ? Number.MAX_SAFE_INTEGER : line.epoch);
  return lines
    .map((line, index) => ({ line, index }))
    .sort((a, b) => order(a.line) - order(b.line) || placeInEpoch(a.line) - placeInEpoch(b.line) || a.index - b.index)
    .map(({ line }) => line);
}

/** ProgbarLogger's source name, as its lines carry it. */
export const PROGBAR_SOURCE = 'ProgbarLogger';

/**
 * Where a line goes within its epoch, as `fit(verbose=2)` prints: ProgbarLogger's
 * `Epoch e/E` as the epoch begins, other callbacks' lines, then its epoch line
 * (it runs last in the stack).
 */
function placeInEpoch(line: LogLine): number {
  if (line.callback !== PROGBAR_SOURCE) return 1;
  return line.text.startsWith('Epoch ') ? 0 : 2;
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
