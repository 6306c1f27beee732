/**
 * The atomic write, in two transactions:
 *   1. write the new payload (the weights) under a fresh key;
 *   2. the commit: check that payload is still there, point the index record
 *      at it and delete the payload the index pointed at before.
 * Readers follow the index only, so a tab closed after step 1 leaves the old
 * entry, whole, plus an orphan payload that the next open collects; one
 * closed after step 2 leaves the new entry. Never a mix of the two. Deleting
 * the old payload inside the commit leaves no orphan behind a finished save.
 *
 * Several saves (of different names) can go in one write: all their payloads
 * in the first transaction, all their index records in the second. Each entry
 * is still old or new, never mixed; the batch succeeds or fails as one. Saves
 * that wait behind a slow write then cost two transactions together, not two each.
 */
import type { UseStore } from 'idb-keyval';
import { summaryFromRecord, type CheckpointInput, type CheckpointSummary } from './checkpointEntry';
import { checkpointId, indexKey, newPayloadKey, samePayloadKey, type IndexKey } from './checkpointKeys';
import {
  CHECKPOINT_RECORD_VERSION,
  checkpointRecordFormat,
  PAYLOAD_RECORD_VERSION,
  payloadKeyOf,
  type CheckpointRecord,
  type PayloadRecord,
} from './checkpointRecords';
import { decodeRecord } from './recordMigration';
import { isQuotaExceededError, StorageQuotaError } from './storageQuotaError';
import { runTransaction } from './transaction';
import { packWeights } from './weightPacking';

export interface WriteContext {
  idb: UseStore;
  now: () => number;
  /** Called between the two steps; tests stop here to play a tab closed mid-save. */
  afterPayloadWritten?: () => void | Promise<void>;
}

interface PreparedWrite {
  key: IndexKey;
  record: CheckpointRecord;
  payload: PayloadRecord;
}

function prepareWrite(input: CheckpointInput, savedAt: number): PreparedWrite {
  if (!input.weightsOnly && input.topology === null) {
    throw new TypeError(`checkpoint "${input.name}" saves the whole model but has no topology`);
  }
  const topology = input.weightsOnly ? null : input.topology;
  const { specs, data } = packWeights(input.weights);
  const topologyBytes = topology === null ? 0 : new TextEncoder().encode(topology).byteLength;
  const draft: CheckpointRecord = {
    v: CHECKPOINT_RECORD_VERSION,
    runId: input.runId,
    name: input.name,
    epoch: input.epoch,
    batch: input.batch,
    monitor: input.monitor,
    value: input.value,
    weightsOnly: input.weightsOnly,
    savedAt,
    sizeBytes: data.byteLength + topologyBytes,
    config: input.config,
    resume: input.resume,
    payloadKey: newPayloadKey(savedAt),
  };
  // Validated before writing, so that what is written can always be read back.
  const checked = decodeRecord(draft, checkpointRecordFormat);
  if (!checked.ok) throw new TypeError(`cannot save checkpoint "${input.name}": ${checked.reason}`);
  const optimizer = input.optimizer ? packWeights(input.optimizer.weights) : null;
  return {
    key: indexKey(input.runId, input.name),
    record: checked.value,
    payload: {
      v: PAYLOAD_RECORD_VERSION,
      weightSpecs: specs,
      weightData: data,
      topology,
      optimizer: optimizer && input.optimizer ? { iterations: input.optimizer.iterations, weightSpecs: optimizer.specs, weightData: optimizer.data } : null,
    },
  };
}

function putPayloads(idb: UseStore, writes: readonly PreparedWrite[]): Promise<void> {
  return runTransaction(idb, 'readwrite', ({ store }) => {
    for (const { record, payload } of writes) store.put(payload, record.payloadKey);
    return () => undefined;
  });
}

/** Points each index at its new payload and drops the old one, all in one transaction. */
function commitIndexes(idb: UseStore, writes: readonly PreparedWrite[]): Promise<void> {
  return runTransaction(idb, 'readwrite', ({ store, after, abort }) => {
    for (const { key, record } of writes) {
      after(store.count(record.payloadKey), (found) => {
        if (found === 0) {
          // Only a "delete all" (or garbage collection after a very long stall) removes an uncommitted payload.
          abort(new Error(`checkpoint "${record.name}" was not saved: its weights were removed before the save completed`));
          return;
        }
        after(store.get(key), (old: unknown) => {
          store.put(record, key);
          const previous = payloadKeyOf(old);
          if (previous && !samePayloadKey(previous, record.payloadKey)) store.delete(previous);
        });
      });
    }
    return () => undefined;
  });
}

/** Best effort, after a failed commit: a payload left behind is collected the next time a store opens. */
async function deletePayloadsQuietly(idb: UseStore, writes: readonly PreparedWrite[]): Promise<void> {
  try {
    await runTransaction(idb, 'readwrite', ({ store }) => {
      for (const { record } of writes) store.delete(record.payloadKey);
      return () => undefined;
    });
  } catch {
    // Left for garbage collection.
  }
}

function asSaveError(error: unknown, writes: readonly PreparedWrite[]): unknown {
  if (!isQuotaExceededError(error)) return error;
  const names = writes.map(({ record }) => record.name).join('", "');
  const bytes = writes.reduce((sum, { record }) => sum + record.sizeBytes, 0);
  return new StorageQuotaError(names, bytes, { cause: error });
}

/** Writes every input, each as one entry; each name at most once (a later save of a name waits for the next write). */
export async function writeCheckpoints(context: WriteContext, inputs: readonly CheckpointInput[]): Promise<CheckpointSummary[]> {
  const { idb } = context;
  const savedAt = context.now();
  const writes = inputs.map((input) => prepareWrite(input, savedAt));
  const ids = writes.map(({ record }) => checkpointId(record.runId, record.name));
  if (new Set(ids).size !== ids.length) throw new TypeError(`one write saves each checkpoint once: ${ids.join(', ')}`);
  if (writes.length === 0) return [];
  try {
    await putPayloads(idb, writes);
  } catch (error) {
    throw asSaveError(error, writes);
  }
  await context.afterPayloadWritten?.();
  try {
    await commitIndexes(idb, writes);
  } catch (error) {
    await deletePayloadsQuietly(idb, writes);
    throw asSaveError(error, writes);
  }
  return writes.map(({ record }, index) => summaryFromRecord(ids[index] as string, record));
}
