/**
 * The learning-rate curves the preview and the compare view draw. `x` is the
 * 1-based epoch as the charts count; per-step points sit at fractional
 * epochs (step 0 of epoch 1 at 1.0). Each curve is drawn as steps: the rate
 * at a point holds until the next point.
 */
import { scheduleCurve, type ScheduleSpec } from '../../callbacks/schedules';
import type { SimulationOutput } from '../../callbacks/simulate';

export interface LrPoint {
  x: number;
  lr: number;
}

/** At most about this many points per curve: enough for a 300-pixel chart. */
export const MAX_CURVE_POINTS = 400;

/**
 * A schedule's rate at every step of `epochs` epochs, thinned to about
 * `maxPoints`. Steps where the rate jumps by more than 2 % of the curve's
 * range (staircase, piecewise, restarts) keep their point, so the drawn
 * steps land where training has them, unless there are too many to draw.
 */
export function scheduleLrCurve(spec: ScheduleSpec, epochs: number, steps: number, maxPoints = MAX_CURVE_POINTS): LrPoint[] {
  const total = epochs * steps;
  const rates = scheduleCurve(spec, total);
  let low = Infinity;
  let high = -Infinity;
  for (const rate of rates) {
    low = Math.min(low, rate);
    high = Math.max(high, rate);
  }
  const every = Math.max(1, Math.ceil(total / maxPoints));
  const jumps: number[] = [];
  for (let step = 1; step < total; step++) {
    if (Math.abs((rates[step] as number) - (rates[step - 1] as number)) > (high - low) * 0.02) jumps.push(step);
  }
  const kept = new Set<number>([total - 1]);
  for (let step = 0; step < total; step += every) kept.add(step);
  if (jumps.length <= maxPoints) for (const step of jumps) kept.add(step);
  // Ends at the last step, inside the last epoch (50.98 for 50 epochs): no point at "epoch 51", so no tick says 51.
  return [...kept].sort((a, b) => a - b).map((step) => ({ x: 1 + step / steps, lr: rates[step] as number }));
}

/** A rate that never changes, over the epochs. */
export function constantLrCurve(rate: number, epochs: number): LrPoint[] {
  return [
    { x: 1, lr: Math.fround(rate) },
    { x: Math.max(1, epochs), lr: Math.fround(rate) },
  ];
}

/**
 * The rate each epoch trained with (`lrDuring`: set by the stack at the start
 * of the epoch, after any cut at the end of the one before), one point per
 * 1-based epoch.
 */
export function epochLrCurve(lrDuring: readonly number[]): LrPoint[] {
  return lrDuring.map((lr, epoch) => ({ x: epoch + 1, lr }));
}

/** What a stack did over a recorded (or typical) run, as the preview shows it. */
export interface StackOutcome {
  curve: LrPoint[];
  /** 1-based epoch after which the stack stopped training, and who stopped it. */
  stoppedAfter: { epoch: number; by: string } | null;
  error: string | null;
}

export function stackOutcome(output: Pick<SimulationOutput, 'lrDuring' | 'stopped' | 'error'>): StackOutcome {
  const stopped = output.stopped;
  return {
    curve: epochLrCurve(output.lrDuring),
    stoppedAfter: stopped && stopped.epoch !== null ? { epoch: stopped.epoch + 1, by: stopped.by } : null,
    error: output.error ? `${output.error.callback}: ${output.error.message}` : null,
  };
}
