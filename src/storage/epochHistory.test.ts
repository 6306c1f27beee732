import 'fake-indexeddb/auto';
import { get, keys, set } from 'idb-keyval';
import { describe, expect, it } from 'vitest';
import { historyKey, indexKey, isHistoryKey, isPayloadKey } from './checkpointKeys';
import { openCheckpointStore } from './checkpointStore';
import { freshIdb, historyRecordCount, historyTexts, sampleInput } from './checkpointTestKit';

/** A save at `epoch` (0-based) of a run whose history so far is `texts`. */
function saveAt(epoch: number, texts: string[], overrides: Parameters<typeof sampleInput>[0] = {}) {
  return sampleInput({
    name: `m-${epoch}.keras`,
    epoch,
    resume: { initialEpoch: epoch + 1, learningRate: 0.01, callbackState: '{}', history: texts.slice(0, epoch + 1) },
    ...overrides,
  });
}

describe('the epoch history, stored once per session', () => {
  it('stores each epoch once: a save puts only the epochs its session has not stored, whatever the epoch', async () => {
    const idb = freshIdb();
    const store = await openCheckpointStore({ idb });
    const texts = historyTexts(200);
    for (const epoch of [0, 1, 2]) await store.saveCheckpoint(saveAt(epoch, texts));
    expect(await historyRecordCount(idb)).toBe(3);
    // Marked, to see that the next save does not write epoch 0 again.
    await set(historyKey('run-a', 'session-1', 0), { v: 1, text: '{"marked":true}' }, idb);
    await store.saveCheckpoint(saveAt(199, texts));
    expect(await historyRecordCount(idb)).toBe(200);
    expect(await get(historyKey('run-a', 'session-1', 0), idb)).toEqual({ v: 1, text: '{"marked":true}' });

    // Neither the index record nor the payload carries the history.
    const stored = await keys(idb);
    const index: unknown = await get(indexKey('run-a', 'm-199.keras'), idb);
    expect(JSON.stringify(index)).not.toContain('"epoch":198');
    expect(index).toMatchObject({ v: 2, history: { session: 'session-1', length: 200 } });
    expect(await get(stored.find(isPayloadKey) as IDBValidKey, idb)).toMatchObject({ v: 2, history: null });
    expect(await get(historyKey('run-a', 'session-1', 7), idb)).toEqual({ v: 1, text: texts[7] });
  });

  it('loads each entry with exactly its own epochs, gathered from records that several writes put', async () => {
    const store = await openCheckpointStore({ idb: freshIdb() });
    const texts = historyTexts(10);
    await store.saveCheckpoint(saveAt(2, texts));
    await store.saveCheckpoints([saveAt(5, texts), saveAt(9, texts)]);

    for (const epoch of [2, 5, 9]) {
      const loaded = await store.loadCheckpoint(`run-a/m-${epoch}.keras`);
      expect(loaded?.resume.history).toBe(`[${texts.slice(0, epoch + 1).join(',')}]`);
    }
  });

  it('keeps the history of a resumed run apart: after the checkpoint it differs from what the run stored before', async () => {
    const store = await openCheckpointStore({ idb: freshIdb() });
    const first = historyTexts(6, 'first');
    for (const epoch of [2, 5]) await store.saveCheckpoint(saveAt(epoch, first));
    // Resumed from m-2: the same run, a new session whose epochs 3 and on are its own.
    const resumed = [...first.slice(0, 3), ...historyTexts(6, 'resumed').slice(3)];
    await store.saveCheckpoint(saveAt(4, resumed, { session: 'session-2' }));

    expect((await store.loadCheckpoint('run-a/m-5.keras'))?.resume.history).toBe(`[${first.join(',')}]`);
    expect((await store.loadCheckpoint('run-a/m-4.keras'))?.resume.history).toBe(`[${resumed.slice(0, 5).join(',')}]`);
  });

  it('stores an empty history as no records, and loads it back empty', async () => {
    const idb = freshIdb();
    const store = await openCheckpointStore({ idb });
    await store.saveCheckpoint(sampleInput({ resume: { initialEpoch: 0, learningRate: 0.01, callbackState: '{}', history: [] } }));
    expect(await historyRecordCount(idb)).toBe(0);
    expect((await store.loadCheckpoint('run-a/best.keras'))?.resume.history).toBe('[]');
  });

  it('writes no history when the tab closes mid-save, and the next save stores every epoch it needs', async () => {
    const idb = freshIdb();
    const tab = { closing: false };
    const store = await openCheckpointStore({ idb, beforeCommit: (abort) => tab.closing && abort() });
    const texts = historyTexts(8);
    await store.saveCheckpoint(saveAt(1, texts));
    tab.closing = true;
    await expect(store.saveCheckpoints([saveAt(4, texts), saveAt(5, texts)])).rejects.toThrow(/interrupted/);
    expect((await keys(idb)).filter(isHistoryKey).map((key) => key[3])).toEqual([0, 1]);
    expect((await store.listCheckpoints())[0]?.entries.map((entry) => entry.id)).toEqual(['run-a/m-1.keras']);

    tab.closing = false;
    await store.saveCheckpoint(saveAt(7, texts));
    expect((await store.loadCheckpoint('run-a/m-7.keras'))?.resume.history).toBe(`[${texts.join(',')}]`);
  });

  it('stores what is missing again when another tab deleted the session mid-run', async () => {
    const idb = freshIdb();
    const worker = await openCheckpointStore({ idb });
    const page = await openCheckpointStore({ idb });
    const texts = historyTexts(4);
    await worker.saveCheckpoint(saveAt(1, texts));
    await page.deleteAll();
    await worker.saveCheckpoint(saveAt(3, texts));
    expect((await worker.loadCheckpoint('run-a/m-3.keras'))?.resume.history).toBe(`[${texts.join(',')}]`);
  });
});
