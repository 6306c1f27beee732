/** What the range test box shows: nothing yet, a test running, its outcome, or why it failed. */
import type { RangeTestCurve } from '../../callbacks/rangeTest/rangeTestCurve';
import { suggestRates, type Suggestions } from '../../callbacks/rangeTest/suggestions';

export type RangeTestState =
  | { kind: 'idle' }
  | { kind: 'running' }
  | { kind: 'done'; curve: RangeTestCurve; result: Suggestions; backend: string }
  | { kind: 'failed'; message: string };

export function finishedTest(curve: RangeTestCurve, backend: string): RangeTestState {
  return { kind: 'done', curve, result: suggestRates(curve), backend };
}

/** A rate as the learner would type it: two significant digits. */
export function roundedRate(rate: number): number {
  return Number(rate.toPrecision(2));
}

/** One line on how the test ended, for the box's caption. */
export function endNote(curve: RangeTestCurve): string {
  const steps = curve.points.length;
  if (curve.end === 'diverged') return `Stopped after ${steps} steps, when the smoothed loss passed 4× its best.`;
  if (curve.end === 'not_finite') return `Stopped after ${steps} steps: the loss became NaN or infinite.`;
  return `Ran all ${steps} steps.`;
}
