/** What a range test measured, as the worker sends it and the page draws it. */
export interface RangeTestPoint {
  rate: number;
  /** The batch's own loss at that rate (not Keras's running mean). */
  loss: number;
  /** The debiased EMA of the losses so far. */
  smoothed: number;
}

export type RangeTestEnd =
  /** Every step ran. */
  | 'completed'
  /** The smoothed loss passed 4× its best. */
  | 'diverged'
  /** A loss was NaN or infinite. */
  | 'not_finite';

export interface RangeTestCurve {
  points: RangeTestPoint[];
  end: RangeTestEnd;
  /** The rate the run was configured with, to compare the suggestions against. */
  configuredRate: number;
}
