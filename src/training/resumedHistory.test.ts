import 'fake-indexeddb/auto';
import { beforeAll, expect, test } from 'vitest';
import { freshStore, resumeFrom, trainIntoStore } from './checkpointTrainingKit';
import { testConfig, useCpuBackend } from './trainerTestKit';

beforeAll(useCpuBackend);

const config = testConfig({
  fit: { epochs: 6, batchSize: 32, validationSplit: 0.25, seed: 9 },
  callbacks: [{ type: 'ModelCheckpoint', params: { filepath: 'e-{epoch:02d}.keras' } }],
});

test('resuming from an earlier checkpoint of a run: each entry keeps exactly the history of the session that saved it', async () => {
  const store = await freshStore();
  const first = await trainIntoStore(config, store, { runId: 'run' });
  first.prepared.compiled.dispose();

  const start = await resumeFrom(store, 'run/e-03.keras');
  expect(start.resume.history).toEqual(first.epochs.slice(0, 3));
  // The resumed run saves e-04 and e-05 again, over the first run's; e-06 stays the first run's.
  const resumed = await trainIntoStore(start.config, store, { runId: 'run', resume: start.resume, weights: start.weights, stopAfterEpoch: 4 });
  resumed.prepared.compiled.dispose();

  // Seconds differ between the two runs, so a history mixing them would show.
  expect((await resumeFrom(store, 'run/e-05.keras')).resume.history).toEqual([...first.epochs.slice(0, 3), ...resumed.epochs]);
  expect((await resumeFrom(store, 'run/e-06.keras')).resume.history).toEqual(first.epochs);
  expect((await resumeFrom(store, 'run/e-02.keras')).resume.history).toEqual(first.epochs.slice(0, 2));
});
