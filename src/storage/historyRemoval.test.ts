import 'fake-indexeddb/auto';
import { get, keys, set } from 'idb-keyval';
import { describe, expect, it } from 'vitest';
import { indexKey, isHistoryKey } from './checkpointKeys';
import { openCheckpointStore } from './checkpointStore';
import { freshIdb, historyRecordCount, historyTexts, payloadCount, sampleInput } from './checkpointTestKit';

function saveAt(epoch: number, overrides: Parameters<typeof sampleInput>[0] = {}) {
  const history = historyTexts(epoch + 1, overrides.session ?? '');
  return sampleInput({ name: `m-${epoch}.keras`, epoch, resume: { initialEpoch: epoch + 1, learningRate: 0.01, callbackState: '{}', history }, ...overrides });
}

async function sessionsStored(idb: Parameters<typeof keys>[0]): Promise<string[]> {
  return [...new Set((await keys(idb)).filter(isHistoryKey).map((key) => `${key[1]}/${key[2]}`))].sort();
}

describe('removing the epoch history with the entries that refer to it', () => {
  it('keeps a session while an entry refers to it, and deleting its last entry frees it', async () => {
    const idb = freshIdb();
    const store = await openCheckpointStore({ idb });
    await store.saveCheckpoint(saveAt(1));
    await store.saveCheckpoint(saveAt(3));
    await store.saveCheckpoint(saveAt(2, { runId: 'run-b' }));

    expect(await store.deleteCheckpoint('run-a/m-3.keras')).toBe(true);
    expect(await historyRecordCount(idb)).toBe(4 + 3);
    expect((await store.loadCheckpoint('run-a/m-1.keras'))?.resume.history).toBe(`[${historyTexts(2).join(',')}]`);

    expect(await store.deleteCheckpoint('run-a/m-1.keras')).toBe(true);
    expect(await sessionsStored(idb)).toEqual(['run-b/session-1']);
    expect(await payloadCount(idb)).toBe(1);
  });

  it('deleting all frees every session', async () => {
    const idb = freshIdb();
    const store = await openCheckpointStore({ idb });
    await store.saveCheckpoints([saveAt(4), saveAt(2, { runId: 'run-b' })]);
    await store.deleteAll();
    expect(await keys(idb)).toEqual([]);
  });

  it('collects, at the next open, a session whose every entry another session overwrote', async () => {
    const idb = freshIdb();
    const store = await openCheckpointStore({ idb });
    await store.saveCheckpoint(saveAt(3, { name: 'last.keras' }));
    // A resumed run (a new session) saves under the same name.
    await store.saveCheckpoint(saveAt(5, { name: 'last.keras', session: 'session-2' }));
    expect(await sessionsStored(idb)).toEqual(['run-a/session-1', 'run-a/session-2']);

    const reopened = await openCheckpointStore({ idb });
    expect(await sessionsStored(idb)).toEqual(['run-a/session-2']);
    expect((await reopened.loadCheckpoint('run-a/last.keras'))?.resume.history).toBe(`[${historyTexts(6, 'session-2').join(',')}]`);
  });

  it('spares the session of a damaged record that still names it', async () => {
    const idb = freshIdb();
    const store = await openCheckpointStore({ idb });
    await store.saveCheckpoint(saveAt(2));
    const record = await get<Record<string, unknown>>(indexKey('run-a', 'm-2.keras'), idb);
    await set(indexKey('run-a', 'm-2.keras'), { ...record, epoch: 'three' }, idb);
    await openCheckpointStore({ idb });
    expect(await historyRecordCount(idb)).toBe(3);
    expect(await store.deleteCheckpoint('run-a/m-2.keras')).toBe(true);
    expect(await keys(idb)).toEqual([]);
  });
});
