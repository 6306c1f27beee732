import 'fake-indexeddb/auto';
import { get, keys, set, type UseStore } from 'idb-keyval';
import { beforeAll, expect, test } from 'vitest';
import { openCheckpointStore } from '../storage';
import { freshIdb } from '../storage/checkpointTestKit';
import { resumeFrom, trainIntoStore } from './checkpointTrainingKit';
import { testConfig, useCpuBackend } from './trainerTestKit';

beforeAll(useCpuBackend);

const config = testConfig({
  fit: { epochs: 6, batchSize: 32, validationSplit: 0.25, seed: 9 },
  callbacks: [{ type: 'ModelCheckpoint', params: { filepath: 'last.keras' } }],
});

interface StoredPair {
  index: { resume: { callbackState: string } };
  payload: { v: number; history?: string | null };
}

/** Rewrites the stored checkpoint as version 1 wrote it: the history inside the index record's callbacks' text. */
async function asVersion1(idb: UseStore): Promise<void> {
  const stored = await keys(idb);
  const indexKey = stored.find((key) => Array.isArray(key) && key[0] === 'checkpoint') as IDBValidKey;
  const payloadKey = stored.find((key) => Array.isArray(key) && key[0] === 'payload') as IDBValidKey;
  const { index, payload } = { index: await get<StoredPair['index']>(indexKey, idb), payload: await get<StoredPair['payload']>(payloadKey, idb) } as StoredPair;
  const { callbacks } = JSON.parse(index.resume.callbackState) as { callbacks: unknown };
  const history: unknown = JSON.parse(payload.history ?? '[]');
  await set(indexKey, { ...index, resume: { ...index.resume, callbackState: JSON.stringify({ v: 1, callbacks, history }) } }, idb);
  const { history: _moved, ...version1 } = payload;
  await set(payloadKey, { ...version1, v: 1 }, idb);
}

test('a run resumes from a checkpoint saved in version 1, and its next save keeps the whole history in the new shape', async () => {
  const idb = freshIdb();
  const store = await openCheckpointStore({ idb });
  const interrupted = await trainIntoStore(config, store, { runId: 'cut', stopAfterEpoch: 2 });
  interrupted.prepared.compiled.dispose();
  await asVersion1(idb);
  expect((await store.loadCheckpoint('cut/last.keras'))?.resume.history).toBeNull();

  const start = await resumeFrom(store, 'cut/last.keras');
  expect(start.resume.initialEpoch).toBe(3);
  expect(start.resume.history.map((record) => record.epoch)).toEqual([0, 1, 2]);
  expect(start.resume.history).toEqual(interrupted.epochs);
  const resumed = await trainIntoStore(start.config, store, { runId: 'cut', resume: start.resume, weights: start.weights });
  resumed.prepared.compiled.dispose();
  expect(resumed.epochs.map((record) => record.epoch)).toEqual([3, 4, 5]);

  const last = await resumeFrom(store, 'cut/last.keras');
  expect(last.resume.history.map((record) => record.epoch)).toEqual([0, 1, 2, 3, 4, 5]);
  expect((await store.loadCheckpoint('cut/last.keras'))?.resume.history).not.toBeNull();
});
