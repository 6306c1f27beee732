/** The model, optimizer and fit settings of a run. */
import { z } from 'zod';
import { ACTIVATIONS } from './activations';
import { layerSpecSchema } from './layerSchemas';
import { kerasOptimizerError, OPTIMIZER_KINDS, resolveOptimizerParams, type KerasOptimizerParams } from './optimizerParams';
import { scheduleSpecSchema } from './scheduleSchemas';

export { ACTIVATIONS } from './activations';
export const OPTIMIZERS = OPTIMIZER_KINDS;

export const layerConfigSchema = z.strictObject({
  units: z.number().int('must be a whole number').min(1, 'must be 1 or more').max(512, 'must be at most 512'),
  activation: z.enum(ACTIVATIONS).default('relu'),
  dropout: z.number().min(0, 'must be 0 or more').max(0.9, 'must be at most 0.9').default(0),
});

export const modelConfigSchema = z.strictObject({
  hiddenLayers: z.array(layerConfigSchema).max(8, 'at most 8 hidden layers').default([
    { units: 16, activation: 'relu', dropout: 0 },
    { units: 16, activation: 'relu', dropout: 0 },
  ]),
  /**
   * A Keras layer list (Conv2D, MaxPooling2D, Flatten, Dense, Dropout) that,
   * when set, replaces `hiddenLayers`: every layer before the output layer,
   * which follows from the data as always. Null: the MLP of `hiddenLayers`.
   */
  layers: z.array(layerSpecSchema).min(1, 'add at least one layer').max(16, 'at most 16 layers').nullable().default(null),
});

const unitInterval = z.number().min(0, 'must be between 0 and 1').max(1, 'must be between 0 and 1');
const nonNegative = z.number().min(0, 'must be 0 or more').refine(Number.isFinite, 'must be finite');
/** Keras's `None` is `null`; an omitted argument takes Keras's default for the optimizer. */
const noneOr = <T extends z.ZodType>(schema: T) => schema.nullable().optional();

/**
 * The optimizer: Keras's kinds with their constructor arguments in camelCase
 * (`optimizerParams.ts`); an omitted argument takes Keras's default for the
 * kind, a kind ignores arguments it does not take, and Keras's constructor
 * checks run here, with its messages at the argument they name.
 */
export const optimizerConfigSchema = z
  .strictObject({
    kind: z.enum(OPTIMIZERS).default('adam'),
    learningRate: z.number().positive('must be a positive number').refine(Number.isFinite, 'must be finite').default(0.01),
    /** SGD and RMSprop. */
    momentum: z.number().min(0, 'must be 0 or more').max(1, 'must be below 1').lt(1, 'must be below 1').default(0),
    /** SGD. */
    nesterov: z.boolean().optional(),
    /** Adam, AdamW, Adamax, Nadam. */
    beta1: unitInterval.optional(),
    beta2: unitInterval.optional(),
    epsilon: nonNegative.optional(),
    /** Adam, AdamW. */
    amsgrad: z.boolean().optional(),
    /** RMSprop. */
    rho: unitInterval.optional(),
    centered: z.boolean().optional(),
    /** Adagrad. */
    initialAccumulatorValue: nonNegative.optional(),
    /** Every optimizer (Keras's base optimizer). */
    weightDecay: noneOr(nonNegative),
    clipnorm: noneOr(nonNegative),
    clipvalue: noneOr(nonNegative),
    globalClipnorm: noneOr(nonNegative),
    useEma: z.boolean().optional(),
    emaMomentum: z.number().refine(Number.isFinite, 'must be finite').optional(),
    emaOverwriteFrequency: noneOr(z.number().int('must be a whole number').min(0, 'must be 0 or more')),
    gradientAccumulationSteps: noneOr(z.number().int('must be a whole number').min(0, 'must be 0 or more')),
    /**
     * A Keras `LearningRateSchedule` (or OneCycle / Cyclic) driving the rate per
     * optimizer step; when set, it replaces `learningRate`, as in Keras.
     */
    schedule: scheduleSpecSchema.nullable().default(null),
  })
  .superRefine((config, ctx) => {
    const refused = kerasOptimizerError(config.kind, kerasOptimizerParams(config));
    if (refused) ctx.addIssue({ code: 'custom', path: [refused.param], message: refused.message });
  });

/** The Keras constructor arguments a config gives its optimizer, every one resolved. */
export function kerasOptimizerParams(config: OptimizerConfig): KerasOptimizerParams {
  const { kind, schedule: _schedule, ...given } = config;
  return resolveOptimizerParams(kind, given);
}

/** Keras's `validation_freq`: an int n (every n-th epoch) or a list of 1-based epochs. */
export const validationFreqSchema = z.union([
  z.number().int('must be a whole number').min(1, 'must be 1 or more'),
  z.array(z.number().int('must be a whole number').min(1, 'must be 1 or more')).min(1, 'must list at least one epoch'),
]);

export const fitConfigSchema = z.strictObject({
  epochs: z.number().int('must be a whole number').min(1, 'must be 1 or more').max(10_000, 'must be at most 10,000').default(50),
  batchSize: z.number().int('must be a whole number').min(1, 'must be 1 or more').max(4096, 'must be at most 4096').default(32),
  validationSplit: z.number().min(0, 'must be 0 or more').max(0.5, 'must be at most 0.5').default(0.2),
  /**
   * The share of the data held out as a test set, split off by the seed before
   * the validation split, which then takes its share of the rest (as
   * `train_test_split` followed by `fit(validation_split=...)`). The final model
   * is evaluated on it once, when training ends.
   */
  testSplit: z.number().min(0, 'must be 0 or more').max(0.5, 'must be at most 0.5').default(0.2),
  seed: z.number().int('must be a whole number').min(0, 'must be 0 or more').default(42),
  /**
   * The seed of the data and its split, when it is not `seed` (DESIGN.md §7):
   * the seeds of a group share it, so every seed is scored on the same rows.
   */
  splitSeed: z.number().int('must be a whole number').min(0, 'must be 0 or more').optional(),
  /**
   * `fit(verbose=...)`: 2 puts ProgbarLogger's line per epoch in the run log
   * (`Epoch 3/50`, then `32/32 - 0s - 3ms/step - loss: ...`), 1 the bar's last
   * state instead, 0 nothing. Keras's default is "auto" (1); the page's is 2,
   * one line an epoch, as `fit` prints in a log file.
   */
  verbose: z.union([z.literal(0), z.literal(1), z.literal(2)]).default(2),
  /** Keras's `validation_freq`: validate after every n-th epoch (1-based), or after the epochs listed. */
  validationFreq: validationFreqSchema.default(1),
  /** Keras's `initial_epoch`: the epoch to start from (0-based); callbacks see epochs from it on. */
  initialEpoch: z.number().int('must be a whole number').min(0, 'must be 0 or more').default(0),
  /** Keras's `shuffle`: a new order of the training rows each epoch (seeded), or the rows as they are. */
  shuffle: z.boolean().default(true),
  /**
   * Keras's `class_weight`: class index to the weight of its samples in the
   * training loss (not in validation). Null is Keras's None.
   */
  classWeight: z.record(z.string().regex(/^\d+$/, 'must be a class index'), z.number().min(0, 'must be 0 or more').refine(Number.isFinite, 'must be finite')).nullable().default(null),
});


export type LayerConfig = z.output<typeof layerConfigSchema>;
export type ModelConfig = z.output<typeof modelConfigSchema>;
export type OptimizerConfig = z.output<typeof optimizerConfigSchema>;
export type FitConfig = z.output<typeof fitConfigSchema>;
