/**
 * What-if: a recorded run's epoch logs replayed under another variant's
 * callback stack through the engine, with no training. The losses stay the
 * recorded ones, so a replay shows the stack's decisions (rate changes,
 * stops), not how training would have gone with them.
 */
import type { Logs, SimulationInput } from '../../callbacks';
import type { RunConfig } from '../../config/runConfig';
import type { EpochRow } from '../../training/protocol';
import { scheduleLrCurve, type LrPoint } from '../preview/lrCurve';
import { enabledCallbacks } from '../preview/previewPlan';
import { compiledMetricName, stepsPerEpoch } from '../preview/runShape';

/** The logs as the stack first saw them: without the `learning_rate` that ReduceLROnPlateau added. */
export function recordedLogs(history: readonly Pick<EpochRow, 'logs'>[]): Logs[] {
  return history.map((row) => {
    const logs: Logs = { ...row.logs };
    delete logs['learning_rate'];
    return logs;
  });
}

export function replayInput(history: readonly EpochRow[], stack: RunConfig): SimulationInput {
  const metric = compiledMetricName(stack.dataset);
  return {
    initialLr: stack.optimizer.learningRate,
    callbacks: enabledCallbacks(stack),
    epochs: recordedLogs(history),
    metrics: [{ name: metric, direction: metric === 'mae' ? 'down' : 'up' }],
  };
}

/** A scheduled stack's rate does not come from its callbacks: the replay draws the schedule itself. */
export function replayScheduleCurve(stack: RunConfig, epochs: number): LrPoint[] | null {
  const schedule = stack.optimizer.schedule;
  return schedule ? scheduleLrCurve(schedule, epochs, stepsPerEpoch(stack)) : null;
}
