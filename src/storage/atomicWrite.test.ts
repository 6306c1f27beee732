import 'fake-indexeddb/auto';
import { set } from 'idb-keyval';
import { describe, expect, it } from 'vitest';
import { newPayloadKey } from './checkpointKeys';
import { openCheckpointStore } from './checkpointStore';
import { freshIdb, payloadCount, sampleInput } from './checkpointTestKit';

const HOUR = 60 * 60 * 1000;

/** A save's transaction, stopped after every put and delete was made: what a tab closed mid-save leaves. */
function closesMidSave(): { closing: boolean; beforeCommit: (abort: () => void) => void } {
  const tab = {
    closing: false,
    beforeCommit: (abort: () => void) => {
      if (tab.closing) abort();
    },
  };
  return tab;
}

describe('atomic checkpoint writes', () => {
  it('keeps the old entry, whole and without an orphan, when the tab closes mid-save', async () => {
    const idb = freshIdb();
    const tab = closesMidSave();
    const store = await openCheckpointStore({ idb, now: () => 0, beforeCommit: tab.beforeCommit });
    await store.saveCheckpoint(sampleInput({ epoch: 1, value: 0.5 }));
    tab.closing = true;
    await expect(store.saveCheckpoint(sampleInput({ epoch: 2, value: 0.4 }))).rejects.toThrow(/interrupted/);
    expect(await payloadCount(idb)).toBe(1);

    const reopened = await openCheckpointStore({ idb, now: () => HOUR });
    const runs = await reopened.listCheckpoints();
    expect(runs[0]?.entries).toMatchObject([{ damaged: false, epoch: 1, value: 0.5 }]);
    const loaded = await reopened.loadCheckpoint('run-a/best.keras');
    expect(Array.from(loaded?.weights[0]?.data ?? [])).toEqual(Array.from(sampleInput({ epoch: 1 }).weights[0]?.data ?? []));
    expect(loaded?.resume.initialEpoch).toBe(2);
  });

  it('leaves no orphan behind a finished overwrite: the old payload goes in the same transaction', async () => {
    const idb = freshIdb();
    const tab = await openCheckpointStore({ idb });
    await tab.saveCheckpoint(sampleInput({ epoch: 1 }));
    await tab.saveCheckpoint(sampleInput({ epoch: 2 }));
    expect(await payloadCount(idb)).toBe(1);
    expect((await tab.loadCheckpoint('run-a/best.keras'))?.epoch).toBe(2);
  });

  it('spares a young unreferenced payload: a tab on an older version writes its payload before it commits', async () => {
    const idb = freshIdb();
    await set(newPayloadKey(0), { v: 1 }, idb);
    const thisTab = await openCheckpointStore({ idb, now: () => 1_000 });
    expect(await payloadCount(idb)).toBe(1);
    expect(await thisTab.collectGarbage()).toBe(0);
    await openCheckpointStore({ idb, now: () => HOUR });
    expect(await payloadCount(idb)).toBe(0);
  });

  it('writes several saves as one: each entry new, the overwritten payload gone; a tab closed mid-write leaves all the old ones', async () => {
    const idb = freshIdb();
    const tab = closesMidSave();
    const store = await openCheckpointStore({ idb, now: () => 0, beforeCommit: tab.beforeCommit });
    await store.saveCheckpoint(sampleInput({ name: 'best.keras', epoch: 1 }));
    const saved = await store.saveCheckpoints([sampleInput({ name: 'm-03.keras', epoch: 2 }), sampleInput({ name: 'best.keras', epoch: 2 })]);
    expect(saved.map((entry) => [entry.id, entry.epoch])).toEqual([
      ['run-a/m-03.keras', 2],
      ['run-a/best.keras', 2],
    ]);
    expect(await payloadCount(idb)).toBe(2);
    expect((await store.loadCheckpoint('run-a/best.keras'))?.epoch).toBe(2);

    tab.closing = true;
    await expect(store.saveCheckpoints([sampleInput({ name: 'm-04.keras', epoch: 3 }), sampleInput({ name: 'best.keras', epoch: 3 })])).rejects.toThrow();
    const reopened = await openCheckpointStore({ idb, now: () => HOUR });
    const entries = (await reopened.listCheckpoints())[0]?.entries ?? [];
    expect(entries.map((entry) => [entry.id, !entry.damaged && entry.epoch])).toEqual([
      ['run-a/best.keras', 2],
      ['run-a/m-03.keras', 2],
    ]);
    expect(await payloadCount(idb)).toBe(2);
  });

  it('refuses two saves of one name in one write: which one wins would be unclear', async () => {
    const tab = await openCheckpointStore({ idb: freshIdb() });
    await expect(tab.saveCheckpoints([sampleInput({ epoch: 1 }), sampleInput({ epoch: 2 })])).rejects.toThrow(/each checkpoint once/);
  });
});
