import 'fake-indexeddb/auto';
import { del, get, keys, set } from 'idb-keyval';
import { describe, expect, it } from 'vitest';
import { historyKey, indexKey, type PayloadKey } from './checkpointKeys';
import { openCheckpointStore } from './checkpointStore';
import { freshIdb, payloadCount, sampleInput } from './checkpointTestKit';
import { CheckpointDamagedError } from './loadCheckpoint';

describe('damaged checkpoint entries', () => {
  it('lists garbage in the index as damaged, deletes it, and leaves the others working', async () => {
    const idb = freshIdb();
    const store = await openCheckpointStore({ idb });
    await store.saveCheckpoint(sampleInput({ name: 'good.keras', epoch: 2 }));
    await set(indexKey('run-a', 'bad.keras'), { v: 1, runId: 'run-a', name: 'bad.keras', epoch: 'three' }, idb);
    await set(indexKey('run-z', 'junk.keras'), 'not a record', idb);

    const runs = await store.listCheckpoints();
    expect(runs.map((run) => run.runId)).toEqual(['run-a', 'run-z']);
    expect(runs[0]?.entries).toMatchObject([
      { damaged: false, id: 'run-a/good.keras', epoch: 2 },
      { damaged: true, id: 'run-a/bad.keras', reason: expect.stringMatching(/epoch/) as unknown },
    ]);
    expect(runs[1]?.entries).toEqual([{ damaged: true, id: 'run-z/junk.keras', reason: 'checkpoint record is not an object' }]);

    await expect(store.loadCheckpoint('run-a/bad.keras')).rejects.toBeInstanceOf(CheckpointDamagedError);
    expect((await store.loadCheckpoint('run-a/good.keras'))?.epoch).toBe(2);

    expect(await store.deleteCheckpoint('run-a/bad.keras')).toBe(true);
    expect(await store.deleteCheckpoint('run-z/junk.keras')).toBe(true);
    const after = await store.listCheckpoints();
    expect(after.flatMap((run) => run.entries.map((entry) => entry.id))).toEqual(['run-a/good.keras']);
  });

  it('refuses a record from a newer version instead of guessing', async () => {
    const idb = freshIdb();
    const store = await openCheckpointStore({ idb });
    await set(indexKey('run-a', 'future.keras'), { v: 99 }, idb);
    const [run] = await store.listCheckpoints();
    expect(run?.entries[0]).toEqual({ damaged: true, id: 'run-a/future.keras', reason: expect.stringMatching(/version 99 is newer/) as unknown });
  });

  it('marks a record that is not the one its key names', async () => {
    const idb = freshIdb();
    const store = await openCheckpointStore({ idb });
    await store.saveCheckpoint(sampleInput({ name: 'a.keras' }));
    await set(indexKey('run-a', 'b.keras'), await get(indexKey('run-a', 'a.keras'), idb), idb);
    const [run] = await store.listCheckpoints();
    expect(run?.entries.find((entry) => entry.id === 'run-a/b.keras')).toMatchObject({ damaged: true, reason: expect.stringMatching(/not its own key/) as unknown });
  });

  it('reports an entry whose weights are garbage or disagree with their specs, and deleting it removes what is left', async () => {
    const idb = freshIdb();
    const store = await openCheckpointStore({ idb });
    await store.saveCheckpoint(sampleInput({ name: 'scrambled.keras' }));
    await store.saveCheckpoint(sampleInput({ name: 'garbled.keras' }));
    const record = (name: string): Promise<{ payloadKey: PayloadKey } | undefined> => get(indexKey('run-a', name), idb);
    const scrambled = await record('scrambled.keras');
    const garbled = await record('garbled.keras');
    if (!scrambled || !garbled) throw new Error('the saves did not land');
    await set(scrambled.payloadKey, 'garbage', idb);
    await set(garbled.payloadKey, { v: 1, weightSpecs: [{ name: 'w', shape: [1000], dtype: 'float32' }], weightData: new ArrayBuffer(8), topology: '{}' }, idb);

    await expect(store.loadCheckpoint('run-a/scrambled.keras')).rejects.toThrow(/checkpoint weights is not an object/);
    await expect(store.loadCheckpoint('run-a/garbled.keras')).rejects.toThrow(/need 4000 bytes, but 8 are stored/);
    await store.deleteCheckpoint('run-a/scrambled.keras');
    await store.deleteCheckpoint('run-a/garbled.keras');
    expect(await payloadCount(idb)).toBe(0);
  });

  it('lists an entry whose payload is gone as damaged', async () => {
    const idb = freshIdb();
    const store = await openCheckpointStore({ idb, orphanGraceMs: 0 });
    await store.saveCheckpoint(sampleInput());
    const saved = await get<{ payloadKey: PayloadKey }>(indexKey('run-a', 'best.keras'), idb);
    await set(indexKey('run-a', 'best.keras'), { ...saved, payloadKey: ['payload', 0, 'gone'] }, idb);
    const [run] = await store.listCheckpoints();
    expect(run?.entries).toEqual([{ damaged: true, id: 'run-a/best.keras', reason: 'the checkpoint weights are missing' }]);
  });

  it('lists an entry whose epoch history is incomplete as damaged, refuses to load it, and deletes it whole', async () => {
    const idb = freshIdb();
    const store = await openCheckpointStore({ idb });
    await store.saveCheckpoint(sampleInput({ epoch: 3 }));
    await del(historyKey('run-a', 'session-1', 3), idb);

    const [run] = await store.listCheckpoints();
    expect(run?.entries).toEqual([{ damaged: true, id: 'run-a/best.keras', reason: 'the epoch history is incomplete' }]);
    await expect(store.loadCheckpoint('run-a/best.keras')).rejects.toThrow(/epoch history is incomplete: 3 of 4 epochs/);
    await set(historyKey('run-a', 'session-1', 3), 'garbage', idb);
    await expect(store.loadCheckpoint('run-a/best.keras')).rejects.toThrow(/epoch history record is not an object/);
    expect(await store.deleteCheckpoint('run-a/best.keras')).toBe(true);
    expect(await keys(idb)).toEqual([]);
  });

  it('reads a checkpoint whose run config predates the test set as that run had it: no test rows', async () => {
    const idb = freshIdb();
    const store = await openCheckpointStore({ idb });
    await store.saveCheckpoint(sampleInput({ name: 'old.keras' }));
    // What the previous release stored: a v1 config, without fit.testSplit.
    const key = indexKey('run-a', 'old.keras');
    const record = (await get(key, idb)) as { config: { v: number; fit: Record<string, unknown> } };
    const { testSplit: _dropped, ...oldFit } = record.config.fit;
    await set(key, { ...record, config: { ...record.config, v: 1, fit: oldFit } }, idb);

    const loaded = await store.loadCheckpoint('run-a/old.keras');
    expect(loaded?.config).toMatchObject({ v: 2, fit: { testSplit: 0, validationSplit: 0.2 } });
    const [run] = await store.listCheckpoints();
    expect(run?.entries[0]).toMatchObject({ damaged: false, config: { fit: { testSplit: 0 } } });
  });
});
