/**
 * Deleting entries, damaged ones included, and collecting payloads that no
 * index record points at (left by a tab closed mid-save).
 */
import type { UseStore } from 'idb-keyval';
import { indexKeyFromId, indexRange, isPayloadKey, payloadKeyText, payloadRange, type CheckpointId } from './checkpointKeys';
import { payloadKeyOf } from './checkpointRecords';
import { runTransaction } from './transaction';

/** Removes the entry and its weights in one transaction; false when there was no such entry. */
export function deleteCheckpoint(idb: UseStore, id: CheckpointId): Promise<boolean> {
  const key = indexKeyFromId(id);
  if (!key) return Promise.resolve(false);
  return runTransaction(idb, 'readwrite', ({ store, after }) => {
    let deleted = false;
    after(store.count(key), (found) => (deleted = found > 0));
    after(store.get(key), (raw: unknown) => {
      const payloadKey = payloadKeyOf(raw);
      if (payloadKey) store.delete(payloadKey);
      store.delete(key);
    });
    return () => deleted;
  });
}

/** The store holds checkpoints only, so clearing it removes every entry and payload at once. */
export function deleteAllCheckpoints(idb: UseStore): Promise<void> {
  return runTransaction(idb, 'readwrite', ({ store }) => {
    store.clear();
    return () => undefined;
  });
}

/**
 * Deletes payloads no index record points at. A payload younger than
 * `graceMs` may belong to a save in progress in another tab, so it is spared;
 * should one be collected anyway, that save's commit notices and fails cleanly.
 */
export function collectOrphanPayloads(idb: UseStore, now: number, graceMs: number): Promise<number> {
  return runTransaction(idb, 'readwrite', ({ store, after }) => {
    let collected = 0;
    after(store.getAll(indexRange()), (records: unknown[]) => {
      const referenced = new Set<string>();
      for (const record of records) {
        const payloadKey = payloadKeyOf(record);
        if (payloadKey) referenced.add(payloadKeyText(payloadKey));
      }
      after(store.getAllKeys(payloadRange()), (keys) => {
        for (const key of keys) {
          if (isPayloadKey(key) && (referenced.has(payloadKeyText(key)) || now - key[1] < graceMs)) continue;
          store.delete(key);
          collected++;
        }
      });
    });
    return () => collected;
  });
}
