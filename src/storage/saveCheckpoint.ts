/**
 * The atomic write, in one transaction: put each new payload (the weights)
 * under a fresh key, point its index record at it, delete the payload the
 * index pointed at before, and append the epochs its session's history has
 * not stored yet (epochHistory.ts). IndexedDB commits a transaction whole or not
 * at all, so a tab closed mid-save leaves the old entry, whole, and no
 * orphan; a finished save leaves the new entry. Never a mix of the two.
 *
 * Several saves (of different names) can go in one write; the batch succeeds
 * or fails as one. A commit costs Chromium's browser process milliseconds of
 * CPU, beside the training on a 2-core machine, so saves that waited behind
 * a write share one.
 */
import type { UseStore } from 'idb-keyval';
import { z } from 'zod';
import type { RunConfig } from '../config/runConfig';
import { summaryFromRecord, type CheckpointInput, type CheckpointSummary } from './checkpointEntry';
import { checkpointId, indexKey, newPayloadKey, samePayloadKey, sessionText, type IndexKey } from './checkpointKeys';
import {
  CHECKPOINT_RECORD_VERSION,
  checkpointRecordFormat,
  checkpointRecordSchema,
  PAYLOAD_RECORD_VERSION,
  payloadKeyOf,
  type CheckpointRecord,
  type PayloadRecord,
} from './checkpointRecords';
import { putMissingHistory } from './epochHistory';
import { decodeRecord, type DecodeResult } from './recordMigration';
import { isQuotaExceededError, StorageQuotaError } from './storageQuotaError';
import { runTransaction } from './transaction';
import { packWeights } from './weightPacking';

export interface WriteContext {
  idb: UseStore;
  now: () => number;
  /** Runs once every request of a write is made, before it commits; tests abort here to play a tab closed mid-save. */
  beforeCommit?: (abort: () => void) => void;
}

interface PreparedWrite {
  key: IndexKey;
  record: CheckpointRecord;
  payload: PayloadRecord;
  history: SessionHistory;
}

interface SessionHistory {
  runId: string;
  session: string;
  texts: readonly string[];
}

/**
 * A run's saves all carry its one config object, and validating a RunConfig
 * is most of a record's validation (a quarter of a millisecond a save, in the
 * training worker): it is validated at the run's first save, and its
 * validated form is reused for the saves after.
 */
const validatedConfigs = new WeakMap<RunConfig, RunConfig>();
const recordWithValidatedConfig = { ...checkpointRecordFormat, schema: checkpointRecordSchema.extend({ config: z.custom<RunConfig>() }) };

function validateRecord(draft: CheckpointRecord): DecodeResult<CheckpointRecord> {
  const validatedConfig = validatedConfigs.get(draft.config);
  if (validatedConfig) return decodeRecord({ ...draft, config: validatedConfig }, recordWithValidatedConfig);
  const checked = decodeRecord(draft, checkpointRecordFormat);
  if (checked.ok) validatedConfigs.set(draft.config, checked.value.config);
  return checked;
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
    resume: { initialEpoch: input.resume.initialEpoch, learningRate: input.resume.learningRate, callbackState: input.resume.callbackState },
    payloadKey: newPayloadKey(savedAt),
    history: { session: input.session, length: input.resume.history.length },
  };
  // Validated before writing, so that what is written can always be read back.
  const checked = validateRecord(draft);
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
      history: null,
    },
    history: { runId: input.runId, session: input.session, texts: input.resume.history },
  };
}

/** The history each session of the write needs stored: its longest, which every shorter one of the session begins. */
function longestHistories(writes: readonly PreparedWrite[]): SessionHistory[] {
  const bySession = new Map<string, SessionHistory>();
  for (const { history } of writes) {
    const id = sessionText(history.runId, history.session);
    if (history.texts.length >= (bySession.get(id)?.texts.length ?? 0)) bySession.set(id, history);
  }
  return [...bySession.values()];
}

/** Puts every payload and points each index at its own, dropping the payload it pointed at before; appends each session's new epochs. */
function putEntries(idb: UseStore, writes: readonly PreparedWrite[], beforeCommit: WriteContext['beforeCommit']): Promise<void> {
  return runTransaction(idb, 'readwrite', (scope) => {
    const { store, after, abort } = scope;
    // Made first, so that their puts are made before the last index record's callback below runs `beforeCommit`.
    for (const { runId, session, texts } of longestHistories(writes)) putMissingHistory(scope, runId, session, texts);
    let waiting = writes.length;
    for (const { key, record, payload } of writes) {
      store.put(payload, record.payloadKey);
      after(store.get(key), (old: unknown) => {
        store.put(record, key);
        const previous = payloadKeyOf(old);
        if (previous && !samePayloadKey(previous, record.payloadKey)) store.delete(previous);
        waiting -= 1;
        if (waiting === 0) beforeCommit?.(() => abort(new Error('checkpoint write interrupted')));
      });
    }
    return () => undefined;
  });
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
    await putEntries(idb, writes, context.beforeCommit);
  } catch (error) {
    throw asSaveError(error, writes);
  }
  return writes.map(({ record }, index) => summaryFromRecord(ids[index] as string, record));
}
