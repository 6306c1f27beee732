import 'fake-indexeddb/auto';
import { del, get, keys, set, type UseStore } from 'idb-keyval';
import { beforeAll, describe, expect, test } from 'vitest';
import { openCheckpointStore } from '../storage';
import { freshIdb } from '../storage/checkpointTestKit';
import { resumeFrom, trainIntoStore } from './checkpointTrainingKit';
import { testConfig, useCpuBackend } from './trainerTestKit';

beforeAll(useCpuBackend);

const config = testConfig({
  fit: { epochs: 6, batchSize: 32, validationSplit: 0.25, seed: 9 },
  callbacks: [{ type: 'ModelCheckpoint', params: { filepath: 'last.keras' } }],
});

type StoredRecord = Record<string, unknown> & { resume: { callbackState: string } };

const ofKind = (kind: string) => (key: IDBValidKey) => Array.isArray(key) && key[0] === kind;

/**
 * Rewrites the one stored checkpoint as an older version wrote it: an index
 * record of version 1, the history in the payload (version 2) or inside the
 * callbacks' text (version 1), and no history records.
 */
async function asOlderVersion(idb: UseStore, payloadVersion: 1 | 2): Promise<void> {
  const stored = await keys(idb);
  const indexKey = stored.find(ofKind('checkpoint')) as IDBValidKey;
  const payloadKey = stored.find(ofKind('payload')) as IDBValidKey;
  const store = await openCheckpointStore({ idb });
  const history = (await store.loadCheckpoint('cut/last.keras'))?.resume.history ?? '[]';
  const { history: _ref, ...index } = (await get<StoredRecord>(indexKey, idb)) as StoredRecord;
  const payload = (await get<Record<string, unknown>>(payloadKey, idb)) as Record<string, unknown>;
  for (const key of stored.filter(ofKind('history'))) await del(key, idb);
  if (payloadVersion === 2) {
    await set(indexKey, { ...index, v: 1 }, idb);
    await set(payloadKey, { ...payload, history }, idb);
    return;
  }
  const { callbacks } = JSON.parse(index.resume.callbackState) as { callbacks: unknown };
  const callbackState = JSON.stringify({ v: 1, callbacks, history: JSON.parse(history) as unknown });
  await set(indexKey, { ...index, v: 1, resume: { ...index.resume, callbackState } }, idb);
  const { history: _moved, ...version1 } = payload;
  await set(payloadKey, { ...version1, v: 1 }, idb);
}

describe.each([1, 2] as const)('a checkpoint whose payload is of version %i', (payloadVersion) => {
  test('resumes, and its next save keeps the whole history in the new shape', async () => {
    const idb = freshIdb();
    const store = await openCheckpointStore({ idb });
    const interrupted = await trainIntoStore(config, store, { runId: 'cut', stopAfterEpoch: 2 });
    interrupted.prepared.compiled.dispose();
    await asOlderVersion(idb, payloadVersion);
    expect((await keys(idb)).filter(ofKind('history'))).toEqual([]);

    const start = await resumeFrom(store, 'cut/last.keras');
    expect(start.resume.initialEpoch).toBe(3);
    expect(start.resume.history).toEqual(interrupted.epochs);
    const resumed = await trainIntoStore(start.config, store, { runId: 'cut', resume: start.resume, weights: start.weights });
    resumed.prepared.compiled.dispose();
    expect(resumed.epochs.map((record) => record.epoch)).toEqual([3, 4, 5]);

    const last = await resumeFrom(store, 'cut/last.keras');
    expect(last.resume.history).toEqual([...interrupted.epochs, ...resumed.epochs]);
    expect(await get(['checkpoint', 'cut', 'last.keras'], idb)).toMatchObject({ v: 2, history: { length: 6 } });
  });
});
