import 'fake-indexeddb/auto';
import type { UseStore } from 'idb-keyval';
import { describe, expect, it } from 'vitest';
import { isIndexKey, isPayloadKey } from './checkpointKeys';
import { openCheckpointStore } from './checkpointStore';
import { freshIdb, payloadCount, sampleInput } from './checkpointTestKit';
import { isQuotaExceededError, StorageQuotaError } from './storageQuotaError';

/** A store whose `put` throws `error()` for the keys `failsFor` picks, while `full.on` is set. */
function storeThatFills(base: UseStore, failsFor: (key: IDBValidKey) => boolean, error: () => unknown): { idb: UseStore; full: { on: boolean } } {
  const full = { on: false };
  const idb: UseStore = (mode, callback) =>
    base(mode, (store) => {
      const put = store.put.bind(store);
      store.put = (value: unknown, key?: IDBValidKey) => {
        if (full.on && key !== undefined && failsFor(key)) throw error();
        return put(value, key);
      };
      return callback(store);
    });
  return { idb, full };
}

const quotaDomException = (): DOMException => new DOMException('The quota has been exceeded.', 'QuotaExceededError');

describe('storage quota', () => {
  it('turns a QuotaExceededError on the weights into a StorageQuotaError and keeps older checkpoints', async () => {
    const base = freshIdb();
    const { idb, full } = storeThatFills(base, isPayloadKey, quotaDomException);
    const store = await openCheckpointStore({ idb });
    await store.saveCheckpoint(sampleInput({ epoch: 1, value: 0.5 }));
    full.on = true;

    const failure = await store.saveCheckpoint(sampleInput({ epoch: 2, value: 0.4 })).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(StorageQuotaError);
    expect((failure as StorageQuotaError).message).toMatch(/Not enough browser storage to save checkpoint "best.keras" \(.* KB\)\. The checkpoints saved before are intact/);
    expect((failure as StorageQuotaError).cause).toBeInstanceOf(DOMException);

    expect((await store.loadCheckpoint('run-a/best.keras'))?.epoch).toBe(1);
    expect(await payloadCount(base)).toBe(1);
  });

  it('also recognises a DOMException-like error and a failing index write, and cleans up the new weights', async () => {
    const base = freshIdb();
    const { idb, full } = storeThatFills(base, isIndexKey, () => ({ name: 'QuotaExceededError', message: 'full' }));
    const store = await openCheckpointStore({ idb });
    await store.saveCheckpoint(sampleInput({ epoch: 1 }));
    full.on = true;

    await expect(store.saveCheckpoint(sampleInput({ epoch: 2 }))).rejects.toBeInstanceOf(StorageQuotaError);
    expect((await store.loadCheckpoint('run-a/best.keras'))?.epoch).toBe(1);
    expect(await payloadCount(base)).toBe(1);
    full.on = false;
    expect((await store.saveCheckpoint(sampleInput({ epoch: 3 }))).epoch).toBe(3);
  });

  it('passes other write errors through unchanged', async () => {
    const { idb, full } = storeThatFills(freshIdb(), isPayloadKey, () => new DOMException('clone failed', 'DataCloneError'));
    const store = await openCheckpointStore({ idb });
    full.on = true;
    await expect(store.saveCheckpoint(sampleInput())).rejects.toMatchObject({ name: 'DataCloneError' });
  });

  it.each([
    [new DOMException('x', 'QuotaExceededError'), true],
    [{ name: 'NS_ERROR_DOM_QUOTA_REACHED' }, true],
    [new DOMException('x', 'AbortError'), false],
    [new Error('QuotaExceededError'), false],
    ['QuotaExceededError', false],
    [null, false],
  ])('isQuotaExceededError(%s) is %s', (error, expected) => {
    expect(isQuotaExceededError(error)).toBe(expected);
  });
});
