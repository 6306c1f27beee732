/**
 * Keras 3's optimizers as configuration: their constructor arguments in
 * camelCase, their defaults, which optimizer takes which argument, and the
 * checks their constructors make, with Keras's messages, in Keras's order
 * (`keras/src/optimizers/base_optimizer.py` `__init__`, then `sgd.py`,
 * `adamw.py`). `null` is Python's `None`.
 */
import { pyFloatRepr, pyIntRepr } from '../callbacks/format/pythonRepr';

export const OPTIMIZER_KINDS = ['sgd', 'adam', 'adamw', 'rmsprop', 'adagrad', 'adamax', 'nadam'] as const;
export type OptimizerKind = (typeof OPTIMIZER_KINDS)[number];

/** Keras's class name for each kind. */
export const KERAS_OPTIMIZER_CLASS: Readonly<Record<OptimizerKind, string>> = {
  sgd: 'SGD',
  adam: 'Adam',
  adamw: 'AdamW',
  rmsprop: 'RMSprop',
  adagrad: 'Adagrad',
  adamax: 'Adamax',
  nadam: 'Nadam',
};

/** Every argument of every optimizer, resolved (a kind ignores those it does not take). */
export interface KerasOptimizerParams {
  learningRate: number;
  momentum: number;
  nesterov: boolean;
  beta1: number;
  beta2: number;
  epsilon: number;
  amsgrad: boolean;
  rho: number;
  centered: boolean;
  initialAccumulatorValue: number;
  weightDecay: number | null;
  clipnorm: number | null;
  clipvalue: number | null;
  globalClipnorm: number | null;
  useEma: boolean;
  emaMomentum: number;
  emaOverwriteFrequency: number | null;
  gradientAccumulationSteps: number | null;
}

export type OptimizerParamName = keyof KerasOptimizerParams;

/** The base optimizer's arguments, which every kind takes. */
const BASE_DEFAULTS = {
  weightDecay: null,
  clipnorm: null,
  clipvalue: null,
  globalClipnorm: null,
  useEma: false,
  emaMomentum: 0.99,
  emaOverwriteFrequency: null,
  gradientAccumulationSteps: null,
} as const satisfies Partial<KerasOptimizerParams>;

const ADAM_FAMILY = { learningRate: 0.001, beta1: 0.9, beta2: 0.999, epsilon: 1e-7 } as const;

/** Each kind's own arguments and their Keras defaults. */
const OWN_DEFAULTS: Readonly<Record<OptimizerKind, Partial<KerasOptimizerParams>>> = {
  sgd: { learningRate: 0.01, momentum: 0, nesterov: false },
  adam: { ...ADAM_FAMILY, amsgrad: false },
  adamw: { ...ADAM_FAMILY, amsgrad: false, weightDecay: 0.004 },
  rmsprop: { learningRate: 0.001, rho: 0.9, momentum: 0, epsilon: 1e-7, centered: false },
  adagrad: { learningRate: 0.001, initialAccumulatorValue: 0.1, epsilon: 1e-7 },
  adamax: { ...ADAM_FAMILY },
  nadam: { ...ADAM_FAMILY },
};

/** Values for the arguments a kind does not take, so that every resolved object has every field. */
const UNUSED: KerasOptimizerParams = {
  learningRate: 0.001,
  momentum: 0,
  nesterov: false,
  beta1: 0.9,
  beta2: 0.999,
  epsilon: 1e-7,
  amsgrad: false,
  rho: 0.9,
  centered: false,
  initialAccumulatorValue: 0.1,
  ...BASE_DEFAULTS,
};

/** The arguments `kind`'s constructor accepts, in Keras's order. */
export function optimizerParamNames(kind: OptimizerKind): OptimizerParamName[] {
  return [...Object.keys(OWN_DEFAULTS[kind]), ...Object.keys(BASE_DEFAULTS)].filter(
    (name, index, names) => names.indexOf(name) === index,
  ) as OptimizerParamName[];
}

/** Keras's default for one argument of `kind`. */
export function kerasOptimizerDefault<N extends OptimizerParamName>(kind: OptimizerKind, name: N): KerasOptimizerParams[N] {
  const own = OWN_DEFAULTS[kind];
  return (name in own ? own[name] : (BASE_DEFAULTS as Partial<KerasOptimizerParams>)[name] ?? UNUSED[name]) as KerasOptimizerParams[N];
}

/** `given` over Keras's defaults for `kind` (an omitted argument takes its default; `null` stays None). */
export function resolveOptimizerParams(kind: OptimizerKind, given: Partial<KerasOptimizerParams>): KerasOptimizerParams {
  const resolved: KerasOptimizerParams = { ...UNUSED, ...BASE_DEFAULTS, ...OWN_DEFAULTS[kind] };
  for (const [name, value] of Object.entries(given) as [OptimizerParamName, KerasOptimizerParams[OptimizerParamName] | undefined][]) {
    if (value !== undefined) (resolved as unknown as Record<string, unknown>)[name] = value;
  }
  return resolved;
}

/** Python's repr of a value Keras received as a float (a JSON 1 reaches Keras as 1.0). */
const pyFloat = (value: number | null): string => (value === null ? 'None' : pyFloatRepr(value));
/** Python's repr of a value Keras received as given: an int stays an int. */
const pyNumber = (value: number | null): string => (value === null ? 'None' : Number.isInteger(value) ? pyIntRepr(value) : pyFloatRepr(value));

export interface OptimizerParamError {
  /** The argument the message is about. */
  param: OptimizerParamName;
  /** Keras's ValueError message. */
  message: string;
}

/** The first error Keras's constructor would raise for these arguments, or null. */
export function kerasOptimizerError(kind: OptimizerKind, params: KerasOptimizerParams): OptimizerParamError | null {
  const steps = params.gradientAccumulationSteps;
  if (steps && !(steps >= 2)) {
    return {
      param: 'gradientAccumulationSteps',
      message: `\`gradient_accumulation_steps\` must be an integer >= 2. Received: gradient_accumulation_steps=${pyNumber(steps)}`,
    };
  }
  if (params.useEma) {
    if (params.emaMomentum > 1 || params.emaMomentum < 0) {
      return { param: 'emaMomentum', message: `\`ema_momentum\` must be in the range [0, 1]. Received: ema_momentum=${pyFloat(params.emaMomentum)}` };
    }
    const frequency = params.emaOverwriteFrequency;
    if (frequency && (!Number.isInteger(frequency) || frequency < 1)) {
      return {
        param: 'emaOverwriteFrequency',
        message: `\`ema_overwrite_frequency\` must be an integer >= 1 or None. Received: ema_overwrite_frequency=${pyNumber(frequency)}`,
      };
    }
  }
  const clips = [params.clipnorm, params.clipvalue, params.globalClipnorm];
  if (clips.filter((clip) => clip !== null).length > 1) {
    return {
      param: params.clipvalue !== null ? 'clipvalue' : 'globalClipnorm',
      message:
        'Only one of `clipnorm`, `clipvalue` and `global_clipnorm` can be set. ' +
        `Received: clipnorm=${pyFloat(params.clipnorm)}, clipvalue=${pyFloat(params.clipvalue)}, global_clipnorm=${pyFloat(params.globalClipnorm)}`,
    };
  }
  if (kind === 'sgd' && (params.momentum < 0 || params.momentum > 1)) {
    return { param: 'momentum', message: '`momentum` must be a float between [0, 1].' };
  }
  if (kind === 'adamw' && params.weightDecay === null) {
    return { param: 'weightDecay', message: 'Argument `weight_decay` must be a float. Received: weight_decay=None' };
  }
  return null;
}

/** Each argument's Python name, as Keras's constructors spell it. */
export const PYTHON_OPTIMIZER_PARAM: Readonly<Record<OptimizerParamName, string>> = {
  learningRate: 'learning_rate',
  momentum: 'momentum',
  nesterov: 'nesterov',
  beta1: 'beta_1',
  beta2: 'beta_2',
  epsilon: 'epsilon',
  amsgrad: 'amsgrad',
  rho: 'rho',
  centered: 'centered',
  initialAccumulatorValue: 'initial_accumulator_value',
  weightDecay: 'weight_decay',
  clipnorm: 'clipnorm',
  clipvalue: 'clipvalue',
  globalClipnorm: 'global_clipnorm',
  useEma: 'use_ema',
  emaMomentum: 'ema_momentum',
  emaOverwriteFrequency: 'ema_overwrite_frequency',
  gradientAccumulationSteps: 'gradient_accumulation_steps',
};

/** The arguments Keras takes as integers; every other number is a float. */
export const INTEGER_OPTIMIZER_PARAMS: ReadonlySet<OptimizerParamName> = new Set(['emaOverwriteFrequency', 'gradientAccumulationSteps']);

/** The options that change an optimizer's computation, which the variants of one stacked optimizer must share. */
export function stackKey(kind: OptimizerKind, params: KerasOptimizerParams): string {
  const on = (value: number | null): boolean => value !== null && value > 0;
  return JSON.stringify([
    kind,
    kind === 'sgd' ? params.momentum !== 0 : kind === 'rmsprop' ? params.momentum > 0 : false,
    kind === 'sgd' && params.nesterov,
    (kind === 'adam' || kind === 'adamw') && params.amsgrad,
    kind === 'rmsprop' && params.centered,
    params.weightDecay !== null,
    on(params.clipnorm) ? 'norm' : on(params.globalClipnorm) ? 'global' : on(params.clipvalue) ? 'value' : 'none',
    params.useEma,
    params.useEma ? params.emaOverwriteFrequency || 0 : 0,
    params.gradientAccumulationSteps || 0,
  ]);
}
