import 'fake-indexeddb/auto';
import { keys, set, type UseStore } from 'idb-keyval';
import { describe, expect, it } from 'vitest';
import { indexKey } from './checkpointKeys';
import { openCheckpointStore } from './checkpointStore';
import { freshIdb, sampleInput } from './checkpointTestKit';
import { packWeights } from './weightPacking';

const input = sampleInput({ epoch: 3 });
const { specs, data } = packWeights(input.weights);
const payloadKey = ['payload', 0, 'old'];

/** An entry as an older version wrote it: an index record of version 1, whose history is in the payload or in `callbackState`. */
async function storeOldEntry(idb: UseStore, callbackState: string, payload: Record<string, unknown>): Promise<void> {
  await set(payloadKey, { weightSpecs: specs, weightData: data, topology: input.topology, optimizer: null, ...payload }, idb);
  await set(
    indexKey('run-a', 'best.keras'),
    {
      v: 1,
      runId: 'run-a',
      name: 'best.keras',
      epoch: 3,
      batch: null,
      monitor: 'val_loss',
      value: 0.5,
      weightsOnly: false,
      savedAt: 1,
      sizeBytes: data.byteLength,
      config: input.config,
      resume: { initialEpoch: 4, learningRate: 0.01, callbackState },
      payloadKey,
    },
    idb,
  );
}

describe('checkpoints saved by older versions', () => {
  it('lists, loads and deletes one whose payload (version 2) holds the history as one text', async () => {
    const idb = freshIdb();
    const history = '[{"epoch":0},{"epoch":1},{"epoch":2},{"epoch":3}]';
    await storeOldEntry(idb, '{"v":2,"callbacks":{}}', { v: 2, history });
    const store = await openCheckpointStore({ idb });

    expect((await store.listCheckpoints())[0]?.entries).toMatchObject([{ damaged: false, epoch: 3 }]);
    const loaded = await store.loadCheckpoint('run-a/best.keras');
    expect(loaded?.resume).toEqual({ initialEpoch: 4, learningRate: 0.01, callbackState: '{"v":2,"callbacks":{}}', history });
    expect(loaded?.weights.map((weight) => Array.from(weight.data))).toEqual(input.weights.map((weight) => Array.from(weight.data)));
    expect(await store.deleteCheckpoint('run-a/best.keras')).toBe(true);
    expect(await keys(idb)).toEqual([]);
  });

  it('loads one of version 1, whose history is in the index record, with its weights and resume state', async () => {
    const idb = freshIdb();
    const callbackState = JSON.stringify({ v: 1, callbacks: {}, history: [{ epoch: 0 }] });
    await storeOldEntry(idb, callbackState, { v: 1 });
    const store = await openCheckpointStore({ idb });

    expect((await store.listCheckpoints())[0]?.entries).toMatchObject([{ damaged: false, epoch: 3 }]);
    const loaded = await store.loadCheckpoint('run-a/best.keras');
    expect(loaded?.resume).toEqual({ initialEpoch: 4, learningRate: 0.01, callbackState, history: null });
    expect(loaded?.weights.map((weight) => Array.from(weight.data))).toEqual(input.weights.map((weight) => Array.from(weight.data)));
  });

  it('replaces an old entry with a new save under its name, leaving nothing of the old one', async () => {
    const idb = freshIdb();
    await storeOldEntry(idb, '{"v":2,"callbacks":{}}', { v: 2, history: '[]' });
    const store = await openCheckpointStore({ idb });
    await store.saveCheckpoint(input);
    expect((await keys(idb)).filter((key) => Array.isArray(key) && key[0] === 'payload')).toHaveLength(1);
    expect((await store.loadCheckpoint('run-a/best.keras'))?.resume.history).toBe(`[${input.resume.history.join(',')}]`);
  });
});
