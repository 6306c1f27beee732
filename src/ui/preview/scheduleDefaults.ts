/**
 * Starting parameters when a learner picks a schedule: sized to the run
 * (its total optimizer steps) and to the optimizer's current rate, so the
 * preview shows a sensible curve at once.
 */
import type { ScheduleKind } from '../../callbacks/schedules';
import type { ScheduleSpecOutput } from '../../config/scheduleSchemas';

export function defaultSchedule(kind: ScheduleKind, totalSteps: number, rate: number): ScheduleSpecOutput {
  const total = Math.max(2, totalSteps);
  const part = (share: number) => Math.max(1, Math.round(total * share));
  switch (kind) {
    case 'ExponentialDecay':
      return { kind, params: { initialLearningRate: rate, decaySteps: part(0.25), decayRate: 0.5 } };
    case 'PiecewiseConstantDecay':
      return { kind, params: { boundaries: [part(0.5), Math.max(part(0.5) + 1, part(0.75))], values: [rate, rate / 10, rate / 100] } };
    case 'PolynomialDecay':
      return { kind, params: { initialLearningRate: rate, decaySteps: total, endLearningRate: rate / 100, power: 1 } };
    case 'InverseTimeDecay':
      return { kind, params: { initialLearningRate: rate, decaySteps: part(0.1), decayRate: 0.5 } };
    case 'CosineDecay':
      return cosineWithWarmup(total, rate);
    case 'CosineDecayRestarts':
      return { kind, params: { initialLearningRate: rate, firstDecaySteps: part(0.25) } };
    case 'OneCycleLR':
      return { kind, params: { maxLr: rate, totalSteps: total } };
    case 'CyclicLR':
      return { kind, params: { baseLr: rate / 10, maxLr: rate, stepSizeUp: part(0.125) } };
  }
}

/** Keras's CosineDecay with a linear warm-up over the first tenth of the run, to `rate`, then down to 0. */
export function cosineWithWarmup(totalSteps: number, rate: number): ScheduleSpecOutput {
  const warmupSteps = Math.max(1, Math.round(totalSteps / 10));
  return { kind: 'CosineDecay', params: { initialLearningRate: 0, decaySteps: Math.max(1, totalSteps - warmupSteps), warmupTarget: rate, warmupSteps } };
}
