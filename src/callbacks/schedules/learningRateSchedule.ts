/**
 * What every schedule offers, and the float32 arithmetic they share.
 *
 * A schedule maps the optimizer's step count (0 for the first batch, as
 * Keras passes `optimizer.iterations` before incrementing it) to the learning
 * rate used for that step. Rates are returned as float32, the precision the
 * optimizer holds them in.
 */

export interface LearningRateSchedule {
  readonly kind: string;
  rateAt(step: number): number;
}

const f32 = Math.fround;

/**
 * `step / steps` as a float32 tensor holds it. Keras takes floor/ceil of this
 * quotient; in float64 it can fall on the other side of an integer.
 */
export function float32Quotient(step: number, steps: number): number {
  return f32(f32(step) / f32(steps));
}

/** The natural log of a float32, rounded to float32. */
export function float32Log(x: number): number {
  return f32(Math.log(f32(x)));
}
