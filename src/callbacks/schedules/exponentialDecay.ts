/**
 * Mirrors `ExponentialDecay` in
 * `keras/src/optimizers/schedules/learning_rate_schedule.py` (Keras 3.16):
 * `initialLearningRate * decayRate ** (step / decaySteps)`, with the
 * exponent floored when `staircase`.
 *
 * Keras computes in float32 tensors; this computes in float64 and rounds the
 * result to float32, except the staircase floor, taken on the float32
 * quotient as Keras takes it.
 */
import type { LearningRateSchedule } from './learningRateSchedule';
import { float32Quotient } from './learningRateSchedule';
import { requirePositiveSteps } from './scheduleErrors';

export interface ExponentialDecayParams {
  initialLearningRate: number;
  decaySteps: number;
  decayRate: number;
  staircase?: boolean;
}

export class ExponentialDecay implements LearningRateSchedule {
  readonly kind = 'ExponentialDecay';
  readonly initialLearningRate: number;
  readonly decaySteps: number;
  readonly decayRate: number;
  readonly staircase: boolean;

  constructor(params: ExponentialDecayParams) {
    this.initialLearningRate = params.initialLearningRate;
    this.decaySteps = params.decaySteps;
    this.decayRate = params.decayRate;
    this.staircase = params.staircase ?? false;
    requirePositiveSteps('decaySteps', 'decay_steps', this.decaySteps);
  }

  rateAt(step: number): number {
    const p = this.staircase ? Math.floor(float32Quotient(step, this.decaySteps)) : step / this.decaySteps;
    return Math.fround(this.initialLearningRate * this.decayRate ** p);
  }
}
