/**
 * Mirrors PyTorch's `OneCycleLR` (`torch/optim/lr_scheduler.py`, `get_lr`):
 * the rate after `step` calls of `scheduler.step()`, which is the rate used
 * for optimizer step `step` (0-based). Rises from `maxLr / divFactor` to
 * `maxLr` until step `pctStart * totalSteps - 1`, then falls to
 * `maxLr / divFactor / finalDivFactor` at step `totalSteps - 1`; with
 * `threePhase`, falls back to the initial rate first and anneals to the
 * minimum in a third phase. Phase ends may be fractional, as in PyTorch.
 *
 * Knowingly differs: a function of the step count only, for one parameter
 * group, without PyTorch's momentum cycling (`cycleMomentum`, `baseMomentum`,
 * `maxMomentum`); `epochs` and `stepsPerEpoch` are not offered (give
 * `totalSteps`). PyTorch computes in Python floats; the result is rounded to
 * float32, the precision the optimizer holds it in.
 */
import { invalidParam, KerasError } from '../errors';
import { pyFloatRepr } from '../format/pythonRepr';
import type { LearningRateSchedule } from './learningRateSchedule';
import { pyNumber, zeroDivision } from './scheduleErrors';

export type AnnealStrategy = 'cos' | 'linear';

export interface OneCycleLRParams {
  maxLr: number;
  totalSteps: number;
  pctStart?: number;
  annealStrategy?: AnnealStrategy;
  divFactor?: number;
  finalDivFactor?: number;
  threePhase?: boolean;
}

interface Phase {
  endStep: number;
  startLr: number;
  endLr: number;
}

export class OneCycleLR implements LearningRateSchedule {
  readonly kind = 'OneCycleLR';
  readonly maxLr: number;
  readonly totalSteps: number;
  readonly pctStart: number;
  readonly annealStrategy: AnnealStrategy;
  readonly divFactor: number;
  readonly finalDivFactor: number;
  readonly threePhase: boolean;
  private readonly phases: readonly Phase[];

  constructor(params: OneCycleLRParams) {
    this.maxLr = params.maxLr;
    this.totalSteps = params.totalSteps;
    this.pctStart = params.pctStart ?? 0.3;
    this.annealStrategy = params.annealStrategy ?? 'cos';
    this.divFactor = params.divFactor ?? 25.0;
    this.finalDivFactor = params.finalDivFactor ?? 1e4;
    this.threePhase = params.threePhase ?? false;
    // PyTorch's checks, in PyTorch's order.
    if (!(this.totalSteps > 0) || !Number.isInteger(this.totalSteps)) {
      throw invalidParam('totalSteps', `Expected positive integer total_steps, but got ${pyNumber(this.totalSteps)}`);
    }
    if (this.pctStart < 0 || this.pctStart > 1) {
      throw invalidParam('pctStart', `Expected float between 0 and 1 pct_start, but got ${pyFloatRepr(this.pctStart)}`);
    }
    const strategy: string = this.annealStrategy;
    if (strategy !== 'cos' && strategy !== 'linear') {
      throw invalidParam('annealStrategy', `anneal_strategy must be one of 'cos' or 'linear', instead got ${strategy}`);
    }
    const initial = this.maxLr / this.divFactor;
    const min = initial / this.finalDivFactor;
    const rampEnd = this.pctStart * this.totalSteps - 1;
    const last = this.totalSteps - 1;
    this.phases = this.threePhase
      ? [
          { endStep: rampEnd, startLr: initial, endLr: this.maxLr },
          { endStep: 2 * this.pctStart * this.totalSteps - 2, startLr: this.maxLr, endLr: initial },
          { endStep: last, startLr: initial, endLr: min },
        ]
      : [
          { endStep: rampEnd, startLr: initial, endLr: this.maxLr },
          { endStep: last, startLr: this.maxLr, endLr: min },
        ];
  }

  rateAt(step: number): number {
    if (step > this.totalSteps) {
      throw new KerasError(
        'ValueError',
        `Tried to step ${pyNumber(step)} times. The specified number of total steps is ${pyNumber(this.totalSteps)}`,
      );
    }
    let startStep = 0;
    for (const [index, phase] of this.phases.entries()) {
      if (step <= phase.endStep || index === this.phases.length - 1) {
        const span = phase.endStep - startStep;
        if (span === 0) throw zeroDivision();
        return Math.fround(this.anneal(phase.startLr, phase.endLr, (step - startStep) / span));
      }
      startStep = phase.endStep;
    }
    throw new Error('unreachable: the last phase always matches');
  }

  private anneal(start: number, end: number, pct: number): number {
    if (this.annealStrategy === 'linear') return (end - start) * pct + start;
    return end + ((start - end) / 2) * (Math.cos(Math.PI * pct) + 1);
  }
}
