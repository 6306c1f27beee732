import 'fake-indexeddb/auto';
import * as tf from '@tensorflow/tfjs';
import { beforeAll, expect, test } from 'vitest';
import { freshStore, resumeFrom, trainIntoStore } from './checkpointTrainingKit';
import { testConfig, useCpuBackend } from './trainerTestKit';

beforeAll(useCpuBackend);

const optimizers = [
  { kind: 'adam', learningRate: 0.01 },
  { kind: 'rmsprop', learningRate: 0.005 },
  { kind: 'adagrad', learningRate: 0.1 },
  { kind: 'sgd', learningRate: 0.05, momentum: 0.9 },
] as const;

test.each(optimizers)('$kind: 6 epochs in one go equal 3, a checkpoint, and 3 resumed from it', async (optimizer) => {
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
  expect(start.optimizer?.weights.length).toBe(optimizer.kind === 'adam' || optimizer.kind === 'rmsprop' ? 12 : 6);
  const resumed = await trainIntoStore(start.config, store, { runId: 'cut', resume: start.resume, weights: start.weights, optimizer: start.optimizer });
  resumed.prepared.compiled.dispose();

  const losses = (records: typeof whole.epochs) => records.flatMap((record) => [record.logs['loss'] as number, record.logs['val_loss'] as number]);
  const expected = losses(whole.epochs);
  const actual = losses([...cut.epochs, ...resumed.epochs]);
  expect(actual).toHaveLength(expected.length);
  // Float tolerance: tfjs rebuilds Adam's beta powers with pow() where the whole run multiplied them step by step.
  actual.forEach((loss, index) => expect(loss).toBeCloseTo(expected[index] as number, 5));
  expect(tf.memory().numTensors).toBe(tensorsBefore);
});
