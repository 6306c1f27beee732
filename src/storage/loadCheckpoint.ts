/** Reads one checkpoint whole: metadata, resume state and epoch history, weights and topology. */
import type { UseStore } from 'idb-keyval';
import { summaryFromRecord, type LoadedCheckpoint, type OptimizerState } from './checkpointEntry';
import { indexKeyFromId, type CheckpointId, type IndexKey } from './checkpointKeys';
import { decodeCheckpointRecord, historyRefOf, payloadKeyOf, payloadRecordFormat, type CheckpointRecord, type PayloadRecord } from './checkpointRecords';
import { historyText, readHistory } from './epochHistory';
import { decodeRecord, type DecodeResult } from './recordMigration';
import { runTransaction } from './transaction';
import { unpackWeights, type NamedWeights } from './weightPacking';

export class CheckpointDamagedError extends Error {
  override readonly name = 'CheckpointDamagedError';

  constructor(
    readonly checkpointId: CheckpointId,
    readonly reason: string,
  ) {
    super(`Checkpoint ${checkpointId} cannot be read: ${reason}. It can be deleted; the other checkpoints are not affected.`);
  }
}

interface StoredEntry {
  exists: boolean;
  index: unknown;
  payload: unknown;
  /** The records of the entry's history, when its index record refers to one. */
  history: unknown[];
}

/** One transaction, so the three parts are those of one moment, never parts of two saves. */
function readEntry(idb: UseStore, key: IndexKey): Promise<StoredEntry> {
  return runTransaction(idb, 'readonly', (scope) => {
    const { store, after } = scope;
    const entry: StoredEntry = { exists: false, index: undefined, payload: undefined, history: [] };
    after(store.count(key), (found) => (entry.exists = found > 0));
    after(store.get(key), (raw: unknown) => {
      entry.index = raw;
      const payloadKey = payloadKeyOf(raw);
      if (payloadKey) after(store.get(payloadKey), (payload: unknown) => (entry.payload = payload));
      const history = historyRefOf(raw);
      if (history) readHistory(scope, key[1], history, (records) => (entry.history = records));
    });
    return () => entry;
  });
}

/** The history as one JSON array text: from the run's session, or as older versions kept it in the payload. */
function entryHistory(record: CheckpointRecord, payload: PayloadRecord, stored: readonly unknown[]): DecodeResult<string | null> {
  return record.history ? historyText(record.history, stored) : { ok: true, value: payload.history };
}

/** Null when there is no such checkpoint; throws `CheckpointDamagedError` when it cannot be read. */
export async function loadCheckpoint(idb: UseStore, id: CheckpointId): Promise<LoadedCheckpoint | null> {
  const key = indexKeyFromId(id);
  if (!key) return null;
  const stored = await readEntry(idb, key);
  if (!stored.exists) return null;
  const record = decodeCheckpointRecord(key, stored.index);
  if (!record.ok) throw new CheckpointDamagedError(id, record.reason);
  if (stored.payload === undefined) throw new CheckpointDamagedError(id, 'the checkpoint weights are missing');
  const payload = decodeRecord(stored.payload, payloadRecordFormat);
  if (!payload.ok) throw new CheckpointDamagedError(id, payload.reason);
  const history = entryHistory(record.value, payload.value, stored.history);
  if (!history.ok) throw new CheckpointDamagedError(id, history.reason);
  const { weightSpecs, weightData, topology, optimizer: storedOptimizer } = payload.value;
  if (!record.value.weightsOnly && topology === null) throw new CheckpointDamagedError(id, 'the model topology is missing');
  let weights: NamedWeights[];
  let optimizer: OptimizerState | null = null;
  try {
    weights = unpackWeights(weightSpecs, weightData);
    if (storedOptimizer) optimizer = { iterations: storedOptimizer.iterations, weights: unpackWeights(storedOptimizer.weightSpecs, storedOptimizer.weightData) };
  } catch (error) {
    throw new CheckpointDamagedError(id, error instanceof Error ? error.message : String(error));
  }
  return { ...summaryFromRecord(id, record.value), resume: { ...record.value.resume, history: history.value }, weightSpecs, weightData, weights, topology, optimizer };
}
