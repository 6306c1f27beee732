/**
 * Mirrors `InverseTimeDecay` in
 * `keras/src/optimizers/schedules/learning_rate_schedule.py` (Keras 3.16):
 * `initialLearningRate / (1 + decayRate * step / decaySteps)`, with
 * `step / decaySteps` floored when `staircase`.
 *
 * Keras computes in float32 tensors; this computes in float64 and rounds the
 * result to float32, except the staircase floor, taken on the float32
 * quotient as Keras takes it.
 */
import type { LearningRateSchedule } from './learningRateSchedule';
import { float32Quotient } from './learningRateSchedule';
import { requirePositiveSteps } from './scheduleErrors';

export interface InverseTimeDecayParams {
  initialLearningRate: number;
  decaySteps: number;
  decayRate: number;
  staircase?: boolean;
}

export class InverseTimeDecay implements LearningRateSchedule {
  readonly kind = 'InverseTimeDecay';
  readonly initialLearningRate: number;
  readonly decaySteps: number;
  readonly decayRate: number;
  readonly staircase: boolean;

  constructor(params: InverseTimeDecayParams) {
    this.initialLearningRate = params.initialLearningRate;
    this.decaySteps = params.decaySteps;
    this.decayRate = params.decayRate;
    this.staircase = params.staircase ?? false;
    requirePositiveSteps('decaySteps', 'decay_steps', this.decaySteps);
  }

  rateAt(step: number): number {
    const p = this.staircase ? Math.floor(float32Quotient(step, this.decaySteps)) : step / this.decaySteps;
    return Math.fround(this.initialLearningRate / (1 + this.decayRate * p));
  }
}
