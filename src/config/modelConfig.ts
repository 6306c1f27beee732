/** The model, optimizer and fit settings of a run. */
import { z } from 'zod';
import { ACTIVATIONS } from './activations';
import { layerSpecSchema } from './layerSchemas';
import { scheduleSpecSchema } from './scheduleSchemas';

export { ACTIVATIONS } from './activations';
export const OPTIMIZERS = ['sgd', 'adam', 'rmsprop', 'adagrad'] as const;

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

export const optimizerConfigSchema = z.strictObject({
  kind: z.enum(OPTIMIZERS).default('adam'),
  learningRate: z.number().positive('must be a positive number').refine(Number.isFinite, 'must be finite').default(0.01),
  /** SGD only. */
  momentum: z.number().min(0, 'must be 0 or more').max(1, 'must be below 1').lt(1, 'must be below 1').default(0),
  /**
   * A Keras `LearningRateSchedule` (or OneCycle / Cyclic) driving the rate per
   * optimizer step; when set, it replaces `learningRate`, as in Keras.
   */
  schedule: scheduleSpecSchema.nullable().default(null),
});

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
});

export type LayerConfig = z.output<typeof layerConfigSchema>;
export type ModelConfig = z.output<typeof modelConfigSchema>;
export type OptimizerConfig = z.output<typeof optimizerConfigSchema>;
export type FitConfig = z.output<typeof fitConfigSchema>;
