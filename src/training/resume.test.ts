import 'fake-indexeddb/auto';
import { beforeAll, expect, test } from 'vitest';
import { freshStore, resumeFrom, trainIntoStore } from './checkpointTrainingKit';
import { testConfig, useCpuBackend } from './trainerTestKit';

beforeAll(useCpuBackend);

// SGD without momentum keeps no optimizer state, so a resumed run must match the uninterrupted one exactly.
const config = testConfig({
  optimizer: { kind: 'sgd', learningRate: 0.1 },
  model: { hiddenLayers: [{ units: 16, activation: 'relu', dropout: 0.2 }, { units: 16, activation: 'relu', dropout: 0 }] },
  fit: { epochs: 8, batchSize: 32, validationSplit: 0.25, seed: 9 },
  callbacks: [
    { type: 'ModelCheckpoint', params: { filepath: 'last.keras' } },
    { type: 'ReduceLROnPlateau', params: { monitor: 'loss', factor: 0.5, patience: 0, minDelta: 0.05 } },
    { type: 'EarlyStopping', params: { monitor: 'val_loss', patience: 20 } },
  ],
});

test('a run stopped after epoch 3 and resumed from its checkpoint continues as if never interrupted', async () => {
  const whole = await trainIntoStore(config, await freshStore(), { runId: 'whole' });
  whole.prepared.compiled.dispose();
  expect(new Set(whole.epochs.map((record) => record.lrDuring)).size).toBeGreaterThan(1);

  const store = await freshStore();
  const interrupted = await trainIntoStore(config, store, { runId: 'cut', stopAfterEpoch: 2 });
  interrupted.prepared.compiled.dispose();
  expect(interrupted.result.stopped).toMatchObject({ epoch: 3, by: 'Page' });

  const start = await resumeFrom(store, 'cut/last.keras');
  expect(start.resume.initialEpoch).toBe(3);
  expect(start.resume.history.map((record) => record.epoch)).toEqual([0, 1, 2]);
  const resumed = await trainIntoStore(start.config, store, { runId: 'cut', resume: start.resume, weights: start.weights });
  resumed.prepared.compiled.dispose();

  expect(resumed.epochs.map((record) => record.epoch)).toEqual([3, 4, 5, 6, 7]);
  const strip = (records: typeof whole.epochs) => records.map(({ epoch, logs, lrDuring, lrAfter }) => ({ epoch, logs, lrDuring, lrAfter }));
  expect(strip([...interrupted.epochs, ...resumed.epochs])).toEqual(strip(whole.epochs));
  expect(resumed.result.epochsRun).toBe(8);

  // The checkpoint now holds the last epoch, and its history runs from the first.
  const last = await resumeFrom(store, 'cut/last.keras');
  expect(last.resume.initialEpoch).toBe(8);
  expect(last.resume.history.map((record) => record.epoch)).toEqual([0, 1, 2, 3, 4, 5, 6, 7]);
});
