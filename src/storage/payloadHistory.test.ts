import 'fake-indexeddb/auto';
import { get, keys, set } from 'idb-keyval';
import { describe, expect, it } from 'vitest';
import { indexKey, isIndexKey, isPayloadKey } from './checkpointKeys';
import { openCheckpointStore } from './checkpointStore';
import { freshIdb, sampleInput } from './checkpointTestKit';
import { packWeights } from './weightPacking';

describe('the epoch history beside the weights', () => {
  it('keeps the history in the payload, so the record listing reads stays small', async () => {
    const idb = freshIdb();
    const store = await openCheckpointStore({ idb });
    const history = JSON.stringify(Array.from({ length: 200 }, (_, epoch) => ({ epoch })));
    await store.saveCheckpoint(sampleInput({ resume: { initialEpoch: 200, learningRate: 0.01, callbackState: '{}', history } }));

    const stored = await keys(idb);
    const index: unknown = await get(stored.find(isIndexKey) as IDBValidKey, idb);
    expect(JSON.stringify(index)).not.toContain('"epoch":199');
    expect(await get(stored.find(isPayloadKey) as IDBValidKey, idb)).toMatchObject({ v: 2, history });
    expect((await store.loadCheckpoint('run-a/best.keras'))?.resume).toEqual({ initialEpoch: 200, learningRate: 0.01, callbackState: '{}', history });
  });

  it('loads a checkpoint saved in version 1, whose history is in the index record, with its weights and resume state', async () => {
    const idb = freshIdb();
    const input = sampleInput({ epoch: 3 });
    const { specs, data } = packWeights(input.weights);
    const payloadKey = ['payload', 0, 'v1'];
    const callbackState = JSON.stringify({ v: 1, callbacks: {}, history: [{ epoch: 0 }] });
    await set(payloadKey, { v: 1, weightSpecs: specs, weightData: data, topology: input.topology, optimizer: null }, idb);
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

    const store = await openCheckpointStore({ idb });
    expect((await store.listCheckpoints())[0]?.entries).toMatchObject([{ damaged: false, epoch: 3 }]);
    const loaded = await store.loadCheckpoint('run-a/best.keras');
    expect(loaded?.resume).toEqual({ initialEpoch: 4, learningRate: 0.01, callbackState, history: null });
    expect(loaded?.weights.map((weight) => Array.from(weight.data))).toEqual(input.weights.map((weight) => Array.from(weight.data)));
  });
});
