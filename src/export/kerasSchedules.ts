/**
 * The optimizer's learning-rate schedule in the exported script: Keras 3's
 * six `keras.optimizers.schedules` classes with their own parameter names
 * (signatures from `keras/src/optimizers/schedules/learning_rate_schedule.py`).
 * OneCycleLR and CyclicLR come from PyTorch and have no Keras class: they
 * become a marked stub that shows Plateau's settings.
 */
import type { ScheduleKindName, ScheduleSpecOutput } from '../config/scheduleSchemas';
import { snakeCase, type ParamKind } from './kerasSignatures';
import { pythonLiteral } from './pythonLiteral';

const KINDS: Record<string, ParamKind> = {
  initialLearningRate: 'float',
  decaySteps: 'int',
  firstDecaySteps: 'int',
  warmupSteps: 'int',
  totalSteps: 'int',
  stepSizeUp: 'int',
  stepSizeDown: 'int',
  boundaries: 'intList',
  values: 'floatList',
  staircase: 'bool',
  cycle: 'bool',
  threePhase: 'bool',
  annealStrategy: 'str',
  mode: 'str',
  warmupTarget: 'optionalFloat',
};

/** Keras's order of each class's parameters; a PyTorch schedule has none in Keras. */
const KERAS_ORDER: Record<ScheduleKindName, readonly string[] | null> = {
  ExponentialDecay: ['initialLearningRate', 'decaySteps', 'decayRate', 'staircase'],
  PiecewiseConstantDecay: ['boundaries', 'values'],
  PolynomialDecay: ['initialLearningRate', 'decaySteps', 'endLearningRate', 'power', 'cycle'],
  InverseTimeDecay: ['initialLearningRate', 'decaySteps', 'decayRate', 'staircase'],
  CosineDecay: ['initialLearningRate', 'decaySteps', 'alpha', 'warmupTarget', 'warmupSteps'],
  CosineDecayRestarts: ['initialLearningRate', 'firstDecaySteps', 'tMul', 'mMul', 'alpha'],
  OneCycleLR: null,
  CyclicLR: null,
};

export interface ScheduleExport {
  /** The `learning_rate=` argument of the optimizer. */
  expression: string;
  /** A class to define before the model, for a schedule Keras lacks. */
  definition: string[];
  todos: string[];
}

function argument(params: Record<string, unknown>, name: string): string | null {
  const value = params[name];
  return value === undefined ? null : `${snakeCase(name)}=${pythonLiteral(value, KINDS[name] ?? 'float')}`;
}

export function scheduleExport(spec: ScheduleSpecOutput): ScheduleExport {
  const params = spec.params as Record<string, unknown>;
  const order = KERAS_ORDER[spec.kind];
  if (order) {
    const args = order.flatMap((name) => argument(params, name) ?? []);
    return { expression: `optimizers.schedules.${spec.kind}(${args.join(', ')})`, definition: [], todos: [] };
  }
  const settings = Object.keys(params).flatMap((name) => argument(params, name) ?? []);
  return {
    expression: `${spec.kind}()`,
    definition: [
      `class ${spec.kind}(optimizers.schedules.LearningRateSchedule):`,
      `    # TODO: Plateau's ${spec.kind} follows PyTorch's torch.optim.lr_scheduler.${spec.kind}, which Keras does not`,
      '    # have: port it here, counting optimizer steps as PyTorch counts scheduler steps. Plateau ran it with',
      `    #   ${settings.join(', ')}`,
      '    def __call__(self, step):',
      `        raise NotImplementedError(${pythonLiteral(`${spec.kind}: port the PyTorch schedule described above`, 'str')})`,
    ],
    todos: [`${spec.kind} (the optimizer's schedule): port PyTorch's ${spec.kind}, which Keras does not have`],
  };
}
