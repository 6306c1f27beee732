import 'fake-indexeddb/auto';
import * as tf from '@tensorflow/tfjs';
import { beforeAll, expect, test } from 'vitest';
import { freshStore, resumeFrom, trainIntoStore } from './checkpointTrainingKit';
import { testConfig, useCpuBackend } from './trainerTestKit';

beforeAll(useCpuBackend);

/** Each with the number of state entries it saves: its variables per weight (6 weights), and the scalar state. */
const optimizers = [
  { optimizer: { kind: 'adam', learningRate: 0.01 }, entries: 2 * 6 + 1 },
  { optimizer: { kind: 'rmsprop', learningRate: 0.005 }, entries: 6 + 1 },
  { optimizer: { kind: 'adagrad', learningRate: 0.1 }, entries: 6 + 1 },
  { optimizer: { kind: 'sgd', learningRate: 0.05, momentum: 0.9 }, entries: 6 + 1 },
  // Nadam's running product, the moving averages and the gradient accumulators resume too.
  { optimizer: { kind: 'nadam', learningRate: 0.01, useEma: true, emaOverwriteFrequency: 4, gradientAccumulationSteps: 2 }, entries: 4 * 6 + 1 },
] as const;

test.each(optimizers)('$optimizer.kind: 6 epochs in one go equal 3, a checkpoint, and 3 resumed from it', async ({ optimizer, entries }) => {
  const config = testConfig({
    optimizer,
    fit: { epochs: 6, batchSize: 16, validationSplit: 0.25, testSplit: 0, seed: 21 },
    callbacks: [{ type: 'ModelCheckpoint', params: { filepath: 'last.keras' } }],
  });
  const tensorsBefore = tf.memory().numTensors;
  const whole = await trainIntoStore(config, await freshStore(), { runId: 'whole' });
  whole.prepared.compiled.dispose();

  const store = await freshStore();
  const cut = await trainIntoStore(config, store, { runId: 'cut', stopAfterEpoch: 2 });
  cut.prepared.compiled.dispose();
  const start = await resumeFrom(store, 'cut/last.keras');
  expect(start.resume.initialEpoch).toBe(3);
  // The optimizer's state went into the checkpoint: its step count after 3 epochs of 6 batches, and its slots.
  expect(start.optimizer?.iterations).toBe(18);
  expect(start.optimizer?.weights.length).toBe(entries);
  const resumed = await trainIntoStore(start.config, store, { runId: 'cut', resume: start.resume, weights: start.weights, optimizer: start.optimizer });
  resumed.prepared.compiled.dispose();

  const losses = (records: typeof whole.epochs) => records.flatMap((record) => [record.logs['loss'] as number, record.logs['val_loss'] as number]);
  const expected = losses(whole.epochs);
  const actual = losses([...cut.epochs, ...resumed.epochs]);
  expect(actual).toHaveLength(expected.length);
  expect(actual).toEqual(expected);
  expect(tf.memory().numTensors).toBe(tensorsBefore);
});
