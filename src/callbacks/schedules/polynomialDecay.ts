/**
 * Mirrors `PolynomialDecay` in
 * `keras/src/optimizers/schedules/learning_rate_schedule.py` (Keras 3.16):
 * `(initial - end) * (1 - step / decaySteps) ** power + end`, the step held
 * at `decaySteps`. With `cycle`, the step is not held: `decaySteps` grows to
 * the first multiple at or above the step, so each cycle starts lower than
 * the last (at `decaySteps + 1` the rate is about halfway back up, not back
 * at `initialLearningRate`).
 *
 * Keras computes in float32 tensors; this computes in float64 and rounds the
 * result to float32, except the cycle count (a ceil), taken on the float32
 * quotient as Keras takes it.
 */
import type { LearningRateSchedule } from './learningRateSchedule';
import { float32Quotient } from './learningRateSchedule';
import { requirePositiveSteps } from './scheduleErrors';

export interface PolynomialDecayParams {
  initialLearningRate: number;
  decaySteps: number;
  endLearningRate?: number;
  power?: number;
  cycle?: boolean;
}

export class PolynomialDecay implements LearningRateSchedule {
  readonly kind = 'PolynomialDecay';
  readonly initialLearningRate: number;
  readonly decaySteps: number;
  readonly endLearningRate: number;
  readonly power: number;
  readonly cycle: boolean;

  constructor(params: PolynomialDecayParams) {
    this.initialLearningRate = params.initialLearningRate;
    this.decaySteps = params.decaySteps;
    this.endLearningRate = params.endLearningRate ?? 0.0001;
    this.power = params.power ?? 1.0;
    this.cycle = params.cycle ?? false;
    requirePositiveSteps('decaySteps', 'decay_steps', this.decaySteps);
  }

  rateAt(step: number): number {
    let decaySteps = this.decaySteps;
    let clamped = step;
    if (this.cycle) {
      decaySteps *= step === 0 ? 1 : Math.ceil(float32Quotient(step, this.decaySteps));
    } else {
      clamped = Math.min(step, decaySteps);
    }
    const p = clamped / decaySteps;
    const span = this.initialLearningRate - this.endLearningRate;
    return Math.fround(span * (1 - p) ** this.power + this.endLearningRate);
  }
}
