/**
 * Mirrors `CosineDecay` in
 * `keras/src/optimizers/schedules/learning_rate_schedule.py` (Keras 3.16).
 *
 * Without `warmupTarget`: a half cosine from `initialLearningRate` down to
 * `initialLearningRate * alpha` over `decaySteps`, then held.
 * With `warmupTarget`: a straight line from `initialLearningRate` to
 * `warmupTarget` over `warmupSteps` (reaching the target exactly at step
 * `warmupSteps`), then the cosine from `warmupTarget` down to
 * `warmupTarget * alpha`. So with a target and `warmupSteps` 0 (the default),
 * `initialLearningRate` is never used: the decay starts from the target.
 *
 * Keras computes in float32 tensors; this computes in float64 and rounds the
 * result to float32.
 */
import type { LearningRateSchedule } from './learningRateSchedule';
import { requirePositiveSteps } from './scheduleErrors';

export interface CosineDecayParams {
  initialLearningRate: number;
  decaySteps: number;
  alpha?: number;
  warmupTarget?: number | null;
  warmupSteps?: number;
}

export class CosineDecay implements LearningRateSchedule {
  readonly kind = 'CosineDecay';
  readonly initialLearningRate: number;
  readonly decaySteps: number;
  readonly alpha: number;
  readonly warmupTarget: number | null;
  readonly warmupSteps: number;

  constructor(params: CosineDecayParams) {
    this.initialLearningRate = params.initialLearningRate;
    this.decaySteps = params.decaySteps;
    this.alpha = params.alpha ?? 0.0;
    this.warmupTarget = params.warmupTarget ?? null;
    this.warmupSteps = params.warmupSteps ?? 0;
    requirePositiveSteps('decaySteps', 'decay_steps', this.decaySteps);
  }

  rateAt(step: number): number {
    const target = this.warmupTarget;
    if (target === null) {
      return Math.fround(this.decayed(Math.min(step, this.decaySteps), this.initialLearningRate));
    }
    const held = Math.min(step, this.decaySteps + this.warmupSteps);
    if (held < this.warmupSteps) {
      const rise = target - this.initialLearningRate;
      return Math.fround(rise * (held / this.warmupSteps) + this.initialLearningRate);
    }
    return Math.fround(this.decayed(held - this.warmupSteps, target));
  }

  private decayed(step: number, from: number): number {
    const cosine = 0.5 * (1 + Math.cos(Math.PI * (step / this.decaySteps)));
    return from * ((1 - this.alpha) * cosine + this.alpha);
  }
}
