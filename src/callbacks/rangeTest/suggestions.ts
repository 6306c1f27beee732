/**
 * Reads suggested learning rates off a range test's smoothed curve, as
 * fastai's `lr_find` names them:
 * - `valley`: the middle, in log rate, of the stretch where the loss falls
 *   (fastai's default idea; see `fallingStretch` for where it begins);
 * - `steep`: where the loss falls fastest per unit of log rate (gradients
 *   taken against log10 of the rate, not the rate itself);
 * - `minimum/10`: a tenth of the rate at the lowest loss.
 * The first 10 % of the points are skipped: their losses are mostly noise
 * and an early spike there would otherwise be chosen.
 */
import type { RangeTestCurve, RangeTestPoint } from './rangeTestCurve';

export type SuggestionName = 'valley' | 'steep' | 'minimum/10';

export interface Suggestion {
  name: SuggestionName;
  rate: number;
  /** The smoothed loss at the point marked on the chart. */
  loss: number;
  /** Where the mark sits: for `minimum/10`, the minimum itself. */
  markRate: number;
  explanation: string;
}

export interface Suggestions {
  /** In the order the page offers them; empty when the curve has no usable valley. */
  suggestions: Suggestion[];
  /** Why there is nothing to suggest, in plain words; null when there is. */
  noValley: string | null;
}

export const SKIPPED_SHARE = 0.1;
/**
 * A stretch must lower the smoothed loss by this share to count as a valley:
 * above the wiggle a smoothed flat curve keeps (about 0.1 %), below the
 * 1 % a hard task such as the spiral falls in the test's 100 batches.
 */
export const MIN_VALLEY_DROP = 0.005;

interface Stretch {
  start: number;
  end: number;
}

/** Where the fall begins: the share of the whole fall the loss must have made before a point counts as falling. */
const FALL_STARTED = 0.1;

/**
 * The falling stretch: from the first point where the loss has made 10 % of
 * its fall to the minimum, to the minimum. A curve that drifts down slowly
 * for decades before it really falls (the usual shape with few steps) would
 * otherwise start its stretch in the drift and put the valley far too low.
 */
function fallingStretch(losses: readonly number[]): Stretch | null {
  if (losses.length < 3) return null;
  let end = 0;
  losses.forEach((loss, index) => {
    if (loss < (losses[end] as number)) end = index;
  });
  const first = losses[0] as number;
  const threshold = first - FALL_STARTED * (first - (losses[end] as number));
  const start = losses.findIndex((loss) => loss <= threshold);
  if (start < 0 || end - start < 2) return null;
  return { start, end };
}

/** The slope of the losses against log10 of the rates, by central differences (one-sided at the ends). */
export function logSlopes(points: readonly RangeTestPoint[]): number[] {
  const x = points.map((point) => Math.log10(point.rate));
  const y = points.map((point) => point.smoothed);
  return points.map((_point, i) => {
    const lo = Math.max(0, i - 1);
    const hi = Math.min(points.length - 1, i + 1);
    if (hi === lo) return 0;
    return ((y[hi] as number) - (y[lo] as number)) / ((x[hi] as number) - (x[lo] as number));
  });
}

function format(rate: number): string {
  return Number(rate.toPrecision(2)).toString();
}

function noValleyReason(curve: RangeTestCurve, usable: readonly RangeTestPoint[]): string {
  if (curve.points.length > 0 && !Number.isFinite(curve.points[0]?.loss)) return 'No usable valley: the model gave a NaN or infinite loss at the very first step, so no rate can be read. Check the data and the model.';
  if (usable.length < 3) return `No usable valley: the test stopped after ${curve.points.length} steps, too early to read a rate. Lower the start rate or add steps.`;
  return 'No usable valley: the loss never fell clearly as the rate rose, so no rate stands out. Try a wider range of rates, or check that the model can learn this data.';
}

/** The suggestions for a curve, or the reason there are none. */
export function suggestRates(curve: RangeTestCurve): Suggestions {
  const finite = curve.points.filter((point) => Number.isFinite(point.smoothed) && point.rate > 0);
  const skip = Math.floor(curve.points.length * SKIPPED_SHARE);
  const usable = finite.slice(skip);
  const fall = fallingStretch(usable.map((point) => point.smoothed));
  const first = fall ? (usable[fall.start] as RangeTestPoint) : null;
  const last = fall ? (usable[fall.end] as RangeTestPoint) : null;
  const top = usable[0];
  if (!fall || !first || !last || !top || top.smoothed - last.smoothed < MIN_VALLEY_DROP * Math.abs(top.smoothed)) {
    return { suggestions: [], noValley: noValleyReason(curve, usable) };
  }

  const valleyPoint = usable[Math.floor((fall.start + fall.end) / 2)] as RangeTestPoint;
  const slopes = logSlopes(usable);
  let steepIndex = 0;
  slopes.forEach((slope, index) => {
    if (slope < (slopes[steepIndex] as number)) steepIndex = index;
  });
  const steepPoint = usable[steepIndex] as RangeTestPoint;
  const minimum = usable.reduce((lowest, point) => (point.smoothed < lowest.smoothed ? point : lowest));

  const suggestions: Suggestion[] = [
    {
      name: 'valley',
      rate: valleyPoint.rate,
      loss: valleyPoint.smoothed,
      markRate: valleyPoint.rate,
      explanation: `valley ${format(valleyPoint.rate)}: the middle of the stretch where the loss falls (from ${format(first.rate)} to its lowest at ${format(last.rate)}); the safest default.`,
    },
  ];
  if ((slopes[steepIndex] as number) < 0) {
    suggestions.push({
      name: 'steep',
      rate: steepPoint.rate,
      loss: steepPoint.smoothed,
      markRate: steepPoint.rate,
      explanation: `steep ${format(steepPoint.rate)}: where the loss falls fastest per tenfold rise of the rate; fast, but close to where it may turn.`,
    });
  }
  suggestions.push({
    name: 'minimum/10',
    rate: minimum.rate / 10,
    loss: minimum.smoothed,
    markRate: minimum.rate,
    explanation: `minimum/10 ${format(minimum.rate / 10)}: a tenth of the rate at the lowest loss (${format(minimum.rate)}), a step back from where training becomes unstable.`,
  });
  return { suggestions, noValley: null };
}
