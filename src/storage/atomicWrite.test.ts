import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { openCheckpointStore } from './checkpointStore';
import { freshIdb, payloadCount, sampleInput } from './checkpointTestKit';

const HOUR = 60 * 60 * 1000;

/** Never returns: the tab was closed between the payload write and the commit. */
const tabClosed = (): Promise<void> => new Promise<void>(() => {});

/** Lets an abandoned save's pending IndexedDB work settle. */
const settle = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 20));

describe('atomic checkpoint writes', () => {
  it('keeps the old entry when the tab closes after the payload write, and collects the orphan on the next open', async () => {
    const idb = freshIdb();
    let closing = false;
    const tab = await openCheckpointStore({ idb, now: () => 0, afterPayloadWritten: () => (closing ? tabClosed() : undefined) });
    await tab.saveCheckpoint(sampleInput({ epoch: 1, value: 0.5 }));
    closing = true;
    void tab.saveCheckpoint(sampleInput({ epoch: 2, value: 0.4 }));
    await settle();
    expect(await payloadCount(idb)).toBe(2);

    const reopened = await openCheckpointStore({ idb, now: () => HOUR });
    const runs = await reopened.listCheckpoints();
    expect(runs[0]?.entries).toMatchObject([{ damaged: false, epoch: 1, value: 0.5 }]);
    const loaded = await reopened.loadCheckpoint('run-a/best.keras');
    expect(Array.from(loaded?.weights[0]?.data ?? [])).toEqual(Array.from(sampleInput({ epoch: 1 }).weights[0]?.data ?? []));
    expect(await payloadCount(idb)).toBe(1);
  });

  it('leaves no orphan behind a finished overwrite: the old payload goes in the commit', async () => {
    const idb = freshIdb();
    const tab = await openCheckpointStore({ idb });
    await tab.saveCheckpoint(sampleInput({ epoch: 1 }));
    await tab.saveCheckpoint(sampleInput({ epoch: 2 }));
    expect(await payloadCount(idb)).toBe(1);
    expect((await tab.loadCheckpoint('run-a/best.keras'))?.epoch).toBe(2);
  });

  it('spares a young unreferenced payload: it may be another tab that is about to commit', async () => {
    const idb = freshIdb();
    const otherTab = await openCheckpointStore({ idb, now: () => 0, afterPayloadWritten: tabClosed });
    void otherTab.saveCheckpoint(sampleInput());
    await settle();
    const thisTab = await openCheckpointStore({ idb, now: () => 1_000 });
    expect(await payloadCount(idb)).toBe(1);
    expect(await thisTab.collectGarbage()).toBe(0);
  });

  it('fails the save cleanly when its payload vanished before the commit', async () => {
    const idb = freshIdb();
    const bystander = await openCheckpointStore({ idb });
    const tab = await openCheckpointStore({ idb, afterPayloadWritten: () => bystander.deleteAll() });
    await expect(tab.saveCheckpoint(sampleInput())).rejects.toThrow(/removed before the save completed/);
    expect(await tab.listCheckpoints()).toEqual([]);
    expect(await payloadCount(idb)).toBe(0);
  });

  it('writes several saves as one: each entry new, the overwritten payload gone; a tab closed mid-write leaves all the old ones', async () => {
    const idb = freshIdb();
    let closing = false;
    const tab = await openCheckpointStore({ idb, now: () => 0, afterPayloadWritten: () => (closing ? tabClosed() : undefined) });
    await tab.saveCheckpoint(sampleInput({ name: 'best.keras', epoch: 1 }));
    const saved = await tab.saveCheckpoints([sampleInput({ name: 'm-03.keras', epoch: 2 }), sampleInput({ name: 'best.keras', epoch: 2 })]);
    expect(saved.map((entry) => [entry.id, entry.epoch])).toEqual([
      ['run-a/m-03.keras', 2],
      ['run-a/best.keras', 2],
    ]);
    expect(await payloadCount(idb)).toBe(2);
    expect((await tab.loadCheckpoint('run-a/best.keras'))?.epoch).toBe(2);

    closing = true;
    void tab.saveCheckpoints([sampleInput({ name: 'm-04.keras', epoch: 3 }), sampleInput({ name: 'best.keras', epoch: 3 })]);
    await settle();
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
