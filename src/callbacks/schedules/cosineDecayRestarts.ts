/**
 * Mirrors `CosineDecayRestarts` (SGDR) in
 * `keras/src/optimizers/schedules/learning_rate_schedule.py` (Keras 3.16).
 * Period i lasts `firstDecaySteps * tMul ** i` steps and starts at
 * `initialLearningRate * mMul ** i`; every period decays towards
 * `initialLearningRate * alpha` (alpha is not scaled by `mMul`).
 *
 * Keras computes in float32 tensors; this computes in float64 and rounds the
 * result to float32, except the period index, a floor of
 * `log(1 - step / firstDecaySteps * (1 - tMul)) / log(tMul)` that is taken in
 * float32 as Keras takes it: in float64, log(243) / log(3) is 4.999… with
 * glibc's log (5 with V8's), which would start the fifth period of a tMul=3
 * schedule one step late.
 */
import type { LearningRateSchedule } from './learningRateSchedule';
import { float32Log, float32Quotient } from './learningRateSchedule';
import { requirePositiveSteps } from './scheduleErrors';

export interface CosineDecayRestartsParams {
  initialLearningRate: number;
  firstDecaySteps: number;
  tMul?: number;
  mMul?: number;
  alpha?: number;
}

const f32 = Math.fround;

export class CosineDecayRestarts implements LearningRateSchedule {
  readonly kind = 'CosineDecayRestarts';
  readonly initialLearningRate: number;
  readonly firstDecaySteps: number;
  readonly tMul: number;
  readonly mMul: number;
  readonly alpha: number;

  constructor(params: CosineDecayRestartsParams) {
    this.initialLearningRate = params.initialLearningRate;
    this.firstDecaySteps = params.firstDecaySteps;
    this.tMul = params.tMul ?? 2.0;
    this.mMul = params.mMul ?? 1.0;
    this.alpha = params.alpha ?? 0.0;
    requirePositiveSteps('firstDecaySteps', 'first_decay_steps', this.firstDecaySteps);
  }

  /** Keras compares the float32 tMul with 1 to choose equal periods. */
  private get equalPeriods(): boolean {
    return f32(this.tMul) === 1;
  }

  /** Which period the step falls in (0 for the first), as Keras's float32 tensors compute it. */
  restartIndex(step: number): number {
    const completed = float32Quotient(step, this.firstDecaySteps);
    if (this.equalPeriods) return Math.floor(completed);
    const t = f32(this.tMul);
    const inner = f32(1 - f32(completed * f32(1 - t)));
    return Math.floor(f32(float32Log(inner) / float32Log(t)));
  }

  rateAt(step: number): number {
    const i = this.restartIndex(step);
    let fraction = step / this.firstDecaySteps;
    if (this.equalPeriods) {
      fraction -= i;
    } else {
      const periodsBefore = (1 - this.tMul ** i) / (1 - this.tMul);
      fraction = (fraction - periodsBefore) / this.tMul ** i;
    }
    const cosine = 0.5 * this.mMul ** i * (1 + Math.cos(Math.PI * fraction));
    return Math.fround(this.initialLearningRate * ((1 - this.alpha) * cosine + this.alpha));
  }
}
