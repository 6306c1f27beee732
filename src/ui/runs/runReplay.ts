/**
 * "Replay with another stack" on a kept run: the engine runs the page's
 * current stack over the run's recorded logs, with no model (the same
 * what-if as the compare panel's, extended to any run, imported ones
 * included). The losses stay the recorded ones: a replay shows what the
 * stack would have decided (the rate, the stop, the checkpoints kept),
 * not how training would have gone with it.
 */
import type { CompiledMetric, Logs, SimulationInput, SimulationOutput } from '../../callbacks';
import type { RunConfig } from '../../config/runConfig';
import type { StoredEpoch } from '../../storage';
import { recordedLogs, replayScheduleCurve } from '../compare/replay';
import { epochLrCurve, stackOutcome, type LrPoint } from '../preview/lrCurve';
import { enabledCallbacks } from '../preview/previewPlan';

export interface RunReplay {
  /** Said wherever the replay is drawn, so it never passes for a trained run. */
  label: string;
  /** The rate the run itself trained with, when it was recorded. */
  recordedLr: LrPoint[];
  replayLr: LrPoint[];
  /** 1-based epoch after which the stack would have stopped, and who would have. */
  stoppedAfter: { epoch: number; by: string } | null;
  /** ModelCheckpoint's saves the stack would have made: 1-based epoch and Keras's file name. */
  checkpoints: { epoch: number; name: string }[];
  /** What the stack did, in Keras's words. */
  actions: string[];
  epochsRun: number;
  error: string | null;
}

const HIGHER_IS_BETTER = /acc|auc|precision|recall|f1|iou/i;

/** The compiled metrics a run logged, as `mode: 'auto'` needs them: accuracy-like metrics go up, errors down. */
export function loggedMetrics(history: readonly Pick<StoredEpoch, 'logs'>[]): CompiledMetric[] {
  const names = new Set<string>();
  for (const row of history) for (const key of Object.keys(row.logs)) if (key !== 'loss' && key !== 'learning_rate' && !key.startsWith('val_')) names.add(key);
  return [...names].map((name) => ({ name, direction: HIGHER_IS_BETTER.test(name) ? 'up' : 'down' }));
}

export function runReplayInput(history: readonly Pick<StoredEpoch, 'logs'>[], stack: RunConfig): SimulationInput {
  const epochs: Logs[] = recordedLogs(history);
  return { initialLr: stack.optimizer.learningRate, callbacks: enabledCallbacks(stack), epochs, metrics: loggedMetrics(history) };
}

export function recordedLrCurve(history: readonly Pick<StoredEpoch, 'lrDuring'>[]): LrPoint[] {
  return history.every((row) => Number.isFinite(row.lrDuring) && row.lrDuring > 0) ? epochLrCurve(history.map((row) => row.lrDuring)) : [];
}

export function replayOf(runLabel: string, history: readonly Pick<StoredEpoch, 'logs' | 'lrDuring'>[], stack: RunConfig, output: SimulationOutput): RunReplay {
  const outcome = stackOutcome(output);
  return {
    label: `Replay (no training): the current stack over ${runLabel}’s recorded logs`,
    recordedLr: recordedLrCurve(history),
    replayLr: replayScheduleCurve(stack, output.epochsRun) ?? outcome.curve,
    stoppedAfter: outcome.stoppedAfter,
    checkpoints: output.checkpoints.map((checkpoint) => ({ epoch: checkpoint.epoch + 1, name: checkpoint.name })),
    actions: output.events.filter((event) => event.kind !== 'csv_row' && event.kind !== 'checkpoint_not_improved').map((event) => event.message),
    epochsRun: output.epochsRun,
    error: outcome.error,
  };
}
