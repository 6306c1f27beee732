/**
 * The atomic write, in two transactions:
 *   1. write the new payload (the weights) under a fresh key;
 *   2. the commit: check that payload is still there, point the index record
 *      at it and delete the payload the index pointed at before.
 * Readers follow the index only, so a tab closed after step 1 leaves the old
 * entry, whole, plus an orphan payload that the next open collects; one
 * closed after step 2 leaves the new entry. Never a mix of the two. Deleting
 * the old payload inside the commit leaves no orphan behind a finished save.
 */
import type { UseStore } from 'idb-keyval';
import { summaryFromRecord, type CheckpointInput, type CheckpointSummary } from './checkpointEntry';
import { checkpointId, indexKey, newPayloadKey, samePayloadKey, type IndexKey, type PayloadKey } from './checkpointKeys';
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

function putPayload(idb: UseStore, key: PayloadKey, payload: PayloadRecord): Promise<void> {
  return runTransaction(idb, 'readwrite', ({ store }) => {
    store.put(payload, key);
    return () => undefined;
  });
}

/** Points the index at the new payload and drops the old one, in one transaction. */
function commitIndex(idb: UseStore, key: IndexKey, record: CheckpointRecord): Promise<void> {
  return runTransaction(idb, 'readwrite', ({ store, after, abort }) => {
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
    return () => undefined;
  });
}

/** Best effort, after a failed commit: a payload left behind is collected the next time a store opens. */
async function deletePayloadQuietly(idb: UseStore, key: PayloadKey): Promise<void> {
  try {
    await runTransaction(idb, 'readwrite', ({ store }) => {
      store.delete(key);
      return () => undefined;
    });
  } catch {
    // Left for garbage collection.
  }
}

function asSaveError(error: unknown, record: CheckpointRecord): unknown {
  return isQuotaExceededError(error) ? new StorageQuotaError(record.name, record.sizeBytes, { cause: error }) : error;
}

export async function writeCheckpoint(context: WriteContext, input: CheckpointInput): Promise<CheckpointSummary> {
  const { idb } = context;
  const { key, record, payload } = prepareWrite(input, context.now());
  try {
    await putPayload(idb, record.payloadKey, payload);
  } catch (error) {
    throw asSaveError(error, record);
  }
  await context.afterPayloadWritten?.();
  try {
    await commitIndex(idb, key, record);
  } catch (error) {
    await deletePayloadQuietly(idb, record.payloadKey);
    throw asSaveError(error, record);
  }
  return summaryFromRecord(checkpointId(record.runId, record.name), record);
}
