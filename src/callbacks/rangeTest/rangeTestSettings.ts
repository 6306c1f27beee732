/**
 * The range test's settings (Smith 2015; fastai `lr_find`): the rate rises
 * exponentially from `startLr` to `endLr` over `steps` batches.
 */
export interface RangeTestSettings {
  startLr: number;
  endLr: number;
  steps: number;
}

export const DEFAULT_RANGE_TEST: RangeTestSettings = { startLr: 1e-7, endLr: 10, steps: 100 };

/** The smoothing fastai and Lightning use for the test's losses. */
export const RANGE_TEST_SMOOTHING = 0.98;

/** The test stops once the smoothed loss exceeds this many times its best. */
export const RANGE_TEST_DIVERGENCE = 4;

/** The rate of step `index`: log-spaced, so each step multiplies the rate by the same factor. */
export function rangeTestRate(settings: RangeTestSettings, index: number): number {
  if (settings.steps <= 1) return settings.startLr;
  return settings.startLr * (settings.endLr / settings.startLr) ** (index / (settings.steps - 1));
}

/** A problem with the settings, in the words of the field it belongs to; null when they can run. */
export function rangeTestSettingsProblem(settings: RangeTestSettings): { field: keyof RangeTestSettings; message: string } | null {
  if (!(settings.startLr > 0) || !Number.isFinite(settings.startLr)) return { field: 'startLr', message: 'must be a number above 0' };
  if (!(settings.endLr > settings.startLr) || !Number.isFinite(settings.endLr)) return { field: 'endLr', message: 'must be above the start rate' };
  if (!Number.isInteger(settings.steps) || settings.steps < 10 || settings.steps > 1000) return { field: 'steps', message: 'must be a whole number from 10 to 1000' };
  return null;
}

/**
 * Debiased exponential moving average of a stream of batch losses, as the
 * test reads them (TensorBoard's smoothing, the same weight fastai uses).
 */
export class DebiasedEma {
  private average = 0;
  private count = 0;

  constructor(private readonly weight: number = RANGE_TEST_SMOOTHING) {}

  push(value: number): number {
    this.average = this.weight * this.average + (1 - this.weight) * value;
    this.count += 1;
    return this.average / (1 - this.weight ** this.count);
  }
}
