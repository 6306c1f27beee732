/**
 * Mirrors `PiecewiseConstantDecay` in
 * `keras/src/optimizers/schedules/learning_rate_schedule.py` (Keras 3.16):
 * `values[0]` while `step <= boundaries[0]`, `values[i]` while
 * `boundaries[i-1] < step <= boundaries[i]`, `values[-1]` after the last
 * boundary. So a new value takes effect at step `boundary + 1`.
 *
 * Like Keras, the boundaries are cast to the step's integer type (truncated),
 * and the rate is the sum of every range that holds the step: Keras does not
 * check that boundaries increase, and overlapping ranges add up.
 *
 * Knowingly differs: an empty `boundaries` passes Keras's constructor and
 * raises IndexError at the first step; here the constructor raises it.
 */
import { invalidParam, KerasError } from '../errors';
import { pyFloatRepr } from '../format/pythonRepr';
import type { LearningRateSchedule } from './learningRateSchedule';
import { pyNumber } from './scheduleErrors';

export interface PiecewiseConstantDecayParams {
  boundaries: readonly number[];
  values: readonly number[];
}

export class PiecewiseConstantDecay implements LearningRateSchedule {
  readonly kind = 'PiecewiseConstantDecay';
  readonly boundaries: readonly number[];
  readonly values: readonly number[];
  private readonly intBoundaries: readonly number[];

  constructor(params: PiecewiseConstantDecayParams) {
    const { boundaries, values } = params;
    if (boundaries.length !== values.length - 1) {
      throw invalidParam(
        'boundaries',
        'The length of boundaries should be 1 less than the length of values. ' +
          `Received: boundaries=[${boundaries.map(pyNumber).join(', ')}] of length ${boundaries.length}, ` +
          `and values=[${values.map(pyFloatRepr).join(', ')}] of length ${values.length}.`,
      );
    }
    if (boundaries.length === 0) {
      throw new KerasError('IndexError', 'list index out of range (boundaries is empty)', 'boundaries');
    }
    this.boundaries = [...boundaries];
    this.values = [...values];
    this.intBoundaries = boundaries.map(Math.trunc);
  }

  rateAt(step: number): number {
    const b = this.intBoundaries;
    const v = this.values;
    const last = b.length - 1;
    let rate = 0;
    if (step <= (b[0] as number)) rate += v[0] as number;
    if (step > (b[last] as number)) rate += v[last + 1] as number;
    for (let i = 1; i <= last; i++) {
      if (step > (b[i - 1] as number) && step <= (b[i] as number)) rate += v[i] as number;
    }
    return Math.fround(rate);
  }
}
