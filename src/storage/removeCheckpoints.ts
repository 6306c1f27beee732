/**
 * Deleting entries, damaged ones included, and collecting what no index
 * record points at: payloads left by a tab on an older version closed
 * mid-save, and the epoch history of sessions whose every entry was deleted
 * or overwritten by another session's save.
 */
import type { UseStore } from 'idb-keyval';
import {
  historyRange,
  indexKeyFromId,
  indexRange,
  isHistoryKey,
  isPayloadKey,
  payloadKeyText,
  payloadRange,
  runIndexRange,
  sessionHistoryRange,
  sessionText,
  type CheckpointId,
} from './checkpointKeys';
import { payloadKeyOf } from './checkpointRecords';
import { referencedSessions } from './epochHistory';
import { runTransaction, type TransactionScope } from './transaction';

/** Reads the index records in `indexes` and hands them on with their keys (`records[i]` under `keys[i]`). */
function readIndexRecords({ store, after }: TransactionScope, indexes: IDBKeyRange, done: (keys: IDBValidKey[], records: unknown[]) => void): void {
  const keyRequest = store.getAllKeys(indexes);
  after(store.getAll(indexes), (records: unknown[]) => done(keyRequest.result, records));
}

/** Deletes the history of every session in `histories` that none of the index records refers to. */
function deleteUnreferencedHistory({ store, after }: TransactionScope, indexKeys: readonly IDBValidKey[], records: readonly unknown[], histories: IDBKeyRange): void {
  const referenced = referencedSessions(indexKeys, records);
  after(store.getAllKeys(histories), (keys) => {
    const unreferenced = new Map<string, [runId: string, session: string]>();
    for (const key of keys) {
      if (isHistoryKey(key) && !referenced.has(sessionText(key[1], key[2]))) unreferenced.set(sessionText(key[1], key[2]), [key[1], key[2]]);
    }
    for (const [runId, session] of unreferenced.values()) store.delete(sessionHistoryRange(runId, session));
  });
}

/** Removes the entry, its weights and the history no other entry shares, in one transaction; false when there was no such entry. */
export function deleteCheckpoint(idb: UseStore, id: CheckpointId): Promise<boolean> {
  const key = indexKeyFromId(id);
  if (!key) return Promise.resolve(false);
  return runTransaction(idb, 'readwrite', (scope) => {
    const { store, after } = scope;
    let deleted = false;
    after(store.count(key), (found) => (deleted = found > 0));
    after(store.get(key), (raw: unknown) => {
      const payloadKey = payloadKeyOf(raw);
      if (payloadKey) store.delete(payloadKey);
      store.delete(key);
      readIndexRecords(scope, runIndexRange(key[1]), (keys, records) => deleteUnreferencedHistory(scope, keys, records, historyRange(key[1])));
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
 * Deletes payloads and history no index record points at. A payload younger
 * than `graceMs` may belong to a save in progress in a tab on an older
 * version, so it is spared; should one be collected anyway, that save's
 * commit notices and fails cleanly. History needs no grace: it is written in
 * the same transaction as the entries that refer to it. Returns how many
 * payloads it deleted.
 */
export function collectGarbage(idb: UseStore, now: number, graceMs: number): Promise<number> {
  return runTransaction(idb, 'readwrite', (scope) => {
    const { store, after } = scope;
    let collected = 0;
    readIndexRecords(scope, indexRange(), (indexKeys, records) => {
      deleteUnreferencedHistory(scope, indexKeys, records, historyRange());
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
