/**
 * Mirrors PyTorch's `CyclicLR` (`torch/optim/lr_scheduler.py`, `get_lr`):
 * the rate after `step` calls of `scheduler.step()`, which is the rate used
 * for optimizer step `step` (0-based). A triangle from `baseLr` up to
 * `maxLr` over `stepSizeUp` steps and back over `stepSizeDown` (default:
 * `stepSizeUp`). `triangular2` halves the amplitude each cycle; `exp_range`
 * scales it by `gamma ** step`.
 *
 * Knowingly differs: a function of the step count only, for one parameter
 * group, without PyTorch's momentum cycling (`cycleMomentum`, `baseMomentum`,
 * `maxMomentum`) and without a custom `scaleFn`/`scaleMode`. PyTorch computes
 * in Python floats; the result is rounded to float32, the precision the
 * optimizer holds it in.
 */
import { invalidParam } from '../errors';
import type { LearningRateSchedule } from './learningRateSchedule';
import { zeroDivision } from './scheduleErrors';

export type CyclicMode = 'triangular' | 'triangular2' | 'exp_range';

export interface CyclicLRParams {
  baseLr: number;
  maxLr: number;
  stepSizeUp?: number;
  stepSizeDown?: number | null;
  mode?: CyclicMode;
  gamma?: number;
}

export class CyclicLR implements LearningRateSchedule {
  readonly kind = 'CyclicLR';
  readonly baseLr: number;
  readonly maxLr: number;
  readonly stepSizeUp: number;
  readonly stepSizeDown: number;
  readonly mode: CyclicMode;
  readonly gamma: number;
  private readonly totalSize: number;
  private readonly stepRatio: number;

  constructor(params: CyclicLRParams) {
    this.baseLr = params.baseLr;
    this.maxLr = params.maxLr;
    this.stepSizeUp = params.stepSizeUp ?? 2000;
    this.stepSizeDown = params.stepSizeDown ?? this.stepSizeUp;
    this.mode = params.mode ?? 'triangular';
    this.gamma = params.gamma ?? 1.0;
    this.totalSize = this.stepSizeUp + this.stepSizeDown;
    if (this.totalSize === 0) throw zeroDivision();
    this.stepRatio = this.stepSizeUp / this.totalSize;
    const mode: string = this.mode;
    if (mode !== 'triangular' && mode !== 'triangular2' && mode !== 'exp_range') {
      throw invalidParam('mode', 'mode is invalid and scale_fn is None');
    }
  }

  rateAt(step: number): number {
    const cycle = Math.floor(1 + step / this.totalSize);
    const x = 1.0 + step / this.totalSize - cycle;
    let scale: number;
    if (x <= this.stepRatio) {
      if (this.stepRatio === 0) throw zeroDivision();
      scale = x / this.stepRatio;
    } else {
      scale = (x - 1) / (this.stepRatio - 1);
    }
    const height = (this.maxLr - this.baseLr) * scale;
    return Math.fround(this.baseLr + height * this.amplitude(cycle, step));
  }

  private amplitude(cycle: number, step: number): number {
    if (this.mode === 'triangular2') return 1 / 2.0 ** (cycle - 1);
    if (this.mode === 'exp_range') return this.gamma ** step;
    return 1.0;
  }
}
