import 'fake-indexeddb/auto';
import { beforeAll, expect, test } from 'vitest';
import { freshStore, trainIntoStore } from './checkpointTrainingKit';
import { restoreAndEvaluate } from './restoreCheckpoint';
import { testConfig, useCpuBackend } from './trainerTestKit';

beforeAll(useCpuBackend);

test.each([false, true])('a restored checkpoint evaluates to the value it was saved with (weights only: %s)', async (weightsOnly) => {
  const store = await freshStore();
  const filepath = weightsOnly ? 'best.weights.h5' : 'best.keras';
  const config = testConfig({
    fit: { epochs: 5, batchSize: 16, validationSplit: 0.3, seed: 12 },
    callbacks: [{ type: 'ModelCheckpoint', params: { filepath, monitor: 'val_accuracy', saveBestOnly: true, saveWeightsOnly: weightsOnly } }],
  });
  const run = await trainIntoStore(config, store);
  run.prepared.compiled.dispose();
  const loaded = await store.loadCheckpoint(`run-1/${filepath}`);
  if (!loaded) throw new Error('no checkpoint');

  const { prepared, checkpoint } = await restoreAndEvaluate(loaded);
  prepared.compiled.dispose();
  const atSave = run.epochs[loaded.epoch]?.logs;
  expect(checkpoint.storedValue).toBe(atSave?.['val_accuracy']);
  expect(checkpoint.evaluated['val_accuracy']).toBe(checkpoint.storedValue);
  expect(checkpoint.evaluated['val_loss']).toBe(atSave?.['val_loss']);
  expect(Object.keys(checkpoint.evaluated).sort()).toEqual(['accuracy', 'loss', 'val_accuracy', 'val_loss']);
});

test('weights that do not fit the model are refused', async () => {
  const store = await freshStore();
  const config = testConfig({ fit: { epochs: 1, batchSize: 32, validationSplit: 0.25, seed: 1 }, callbacks: [{ type: 'ModelCheckpoint', params: { filepath: 'a.keras' } }] });
  (await trainIntoStore(config, store)).prepared.compiled.dispose();
  const loaded = await store.loadCheckpoint('run-1/a.keras');
  if (!loaded) throw new Error('no checkpoint');
  const wider = { ...loaded, config: { ...loaded.config, model: { ...loaded.config.model, hiddenLayers: [{ units: 8, activation: 'relu' as const, dropout: 0 }] } } };
  await expect(restoreAndEvaluate(wider)).rejects.toThrow('the checkpoint holds 6 weights, but the model built from its config has 4');
});
