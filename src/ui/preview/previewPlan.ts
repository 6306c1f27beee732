/**
 * How the preview gets the learning-rate curve a setup would produce before
 * it trains, and what to call it:
 * - a schedule: exact, per optimizer step;
 * - no callback that writes the rate: a constant;
 * - otherwise the stack runs through `simulate()` over a loss curve: exact
 *   for LearningRateScheduler (it reads only the epoch and the rate), and for
 *   plateau-style callbacks (ReduceLROnPlateau, EarlyStopping, custom code)
 *   as it would go over the last run's losses, or over a typical curve.
 * Stacks with user code must be simulated in a worker, never on the page.
 */
import type { CallbackSpec, CompiledMetric, Logs, SimulationInput } from '../../callbacks';
import type { RunConfig } from '../../config/runConfig';
import { constantLrCurve, scheduleLrCurve, type LrPoint } from './lrCurve';
import { compiledMetricName, stepsPerEpoch } from './runShape';
import { typicalLosses } from './typicalLosses';

export type PreviewPlan =
  | { kind: 'curve'; curve: LrPoint[]; note: string }
  | { kind: 'simulate'; input: SimulationInput; inWorker: boolean; note: string };

const USER_CODE: ReadonlySet<string> = new Set(['LearningRateScheduler', 'LambdaCallback', 'CustomCallback']);
const WRITES_RATE: ReadonlySet<string> = new Set(['ReduceLROnPlateau', 'LearningRateScheduler', 'LambdaCallback', 'CustomCallback']);
/** Whether these act depends on the losses; LearningRateScheduler sees only the epoch and the rate. */
const READS_LOSSES: ReadonlySet<string> = new Set(['ReduceLROnPlateau', 'EarlyStopping', 'LambdaCallback', 'CustomCallback']);

export function enabledCallbacks(config: Pick<RunConfig, 'callbacks'>): CallbackSpec[] {
  return config.callbacks.filter((spec) => spec.enabled !== false);
}

export function hasUserCode(callbacks: readonly CallbackSpec[]): boolean {
  return callbacks.some((spec) => USER_CODE.has(spec.type));
}

function metricOf(config: RunConfig): CompiledMetric {
  const name = compiledMetricName(config.dataset);
  return { name, direction: name === 'mae' ? 'down' : 'up' };
}

/** The losses to run the stack over: the last run's (up to the setup's epochs), or a typical curve. */
function lossBasis(config: RunConfig, lastRun: readonly Logs[] | null): { epochs: Logs[]; note: string } {
  const epochs = config.fit.epochs;
  if (lastRun && lastRun.length > 0) {
    const used = lastRun.slice(0, epochs);
    const short = used.length < epochs ? `; it has only ${used.length} of the ${epochs} epochs` : '';
    return { epochs: used, note: `over your last run's losses (${used.length} epochs${short})` };
  }
  return { epochs: typicalLosses(epochs, metricOf(config).name as 'accuracy' | 'mae'), note: 'over a typical loss curve (made up, not a run of yours)' };
}

export function planPreview(config: RunConfig, lastRun: readonly Logs[] | null): PreviewPlan {
  const epochs = config.fit.epochs;
  const schedule = config.optimizer.schedule;
  if (schedule) {
    const steps = stepsPerEpoch(config);
    return { kind: 'curve', curve: scheduleLrCurve(schedule, epochs, steps), note: `Exact: ${schedule.kind} per optimizer step (${steps} steps an epoch).` };
  }
  const callbacks = enabledCallbacks(config);
  if (!callbacks.some((spec) => WRITES_RATE.has(spec.type) || spec.type === 'EarlyStopping')) {
    return { kind: 'curve', curve: constantLrCurve(config.optimizer.learningRate, epochs), note: 'Constant: no callback in the stack changes the rate.' };
  }
  const readsLosses = callbacks.some((spec) => READS_LOSSES.has(spec.type));
  const basis = readsLosses ? lossBasis(config, lastRun) : { epochs: typicalLosses(epochs, 'accuracy'), note: '' };
  const inWorker = hasUserCode(callbacks);
  const where = inWorker ? ' Your code runs in a worker, not on the page.' : '';
  const note = readsLosses
    ? `What the stack would do ${basis.note}: it depends on the losses, so a real run may differ.${where}`
    : `Exact: the stack's rate per epoch.${where}`;
  return { kind: 'simulate', input: { initialLr: config.optimizer.learningRate, callbacks, epochs: basis.epochs, metrics: [metricOf(config)] }, inWorker, note };
}
