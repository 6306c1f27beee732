/**
 * The optional parameters of each schedule, with the library's defaults
 * (Keras's `keras.optimizers.schedules`, PyTorch's OneCycleLR and
 * CyclicLR), which the schedule form folds under "More parameters" as the
 * callback cards do. Left at its default, a parameter stays out of the setup.
 */
import type { ScheduleKind } from '../../callbacks/schedules';

export type OptionalParam =
  | { name: string; type: 'boolean'; kerasDefault: boolean }
  | { name: string; type: 'number'; kerasDefault: number | null }
  | { name: string; type: 'choice'; kerasDefault: string; options: readonly string[] };

const staircase: OptionalParam = { name: 'staircase', type: 'boolean', kerasDefault: false };
const alpha: OptionalParam = { name: 'alpha', type: 'number', kerasDefault: 0 };

export const SCHEDULE_OPTIONALS: Record<ScheduleKind, readonly OptionalParam[]> = {
  ExponentialDecay: [staircase],
  PiecewiseConstantDecay: [],
  PolynomialDecay: [
    { name: 'endLearningRate', type: 'number', kerasDefault: 0.0001 },
    { name: 'power', type: 'number', kerasDefault: 1 },
    { name: 'cycle', type: 'boolean', kerasDefault: false },
  ],
  InverseTimeDecay: [staircase],
  CosineDecay: [alpha, { name: 'warmupTarget', type: 'number', kerasDefault: null }, { name: 'warmupSteps', type: 'number', kerasDefault: 0 }],
  CosineDecayRestarts: [{ name: 'tMul', type: 'number', kerasDefault: 2 }, { name: 'mMul', type: 'number', kerasDefault: 1 }, alpha],
  OneCycleLR: [
    { name: 'pctStart', type: 'number', kerasDefault: 0.3 },
    { name: 'annealStrategy', type: 'choice', kerasDefault: 'cos', options: ['cos', 'linear'] },
    { name: 'divFactor', type: 'number', kerasDefault: 25 },
    { name: 'finalDivFactor', type: 'number', kerasDefault: 10000 },
    { name: 'threePhase', type: 'boolean', kerasDefault: false },
  ],
  CyclicLR: [
    { name: 'stepSizeDown', type: 'number', kerasDefault: null },
    { name: 'mode', type: 'choice', kerasDefault: 'triangular', options: ['triangular', 'triangular2', 'exp_range'] },
    { name: 'gamma', type: 'number', kerasDefault: 1 },
  ],
};
