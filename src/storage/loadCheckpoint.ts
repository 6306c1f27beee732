/** Reads one checkpoint whole: metadata, resume state, weights and topology. */
import type { UseStore } from 'idb-keyval';
import { summaryFromRecord, type LoadedCheckpoint, type OptimizerState } from './checkpointEntry';
import { indexKeyFromId, type CheckpointId, type IndexKey } from './checkpointKeys';
import { decodeCheckpointRecord, payloadKeyOf, payloadRecordFormat } from './checkpointRecords';
import { decodeRecord } from './recordMigration';
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

interface StoredPair {
  exists: boolean;
  index: unknown;
  payload: unknown;
}

function readPair(idb: UseStore, key: IndexKey): Promise<StoredPair> {
  return runTransaction(idb, 'readonly', ({ store, after }) => {
    const pair: StoredPair = { exists: false, index: undefined, payload: undefined };
    after(store.count(key), (found) => (pair.exists = found > 0));
    after(store.get(key), (raw: unknown) => {
      pair.index = raw;
      const payloadKey = payloadKeyOf(raw);
      if (payloadKey) after(store.get(payloadKey), (payload: unknown) => (pair.payload = payload));
    });
    return () => pair;
  });
}

/** Null when there is no such checkpoint; throws `CheckpointDamagedError` when it cannot be read. */
export async function loadCheckpoint(idb: UseStore, id: CheckpointId): Promise<LoadedCheckpoint | null> {
  const key = indexKeyFromId(id);
  if (!key) return null;
  const pair = await readPair(idb, key);
  if (!pair.exists) return null;
  const record = decodeCheckpointRecord(key, pair.index);
  if (!record.ok) throw new CheckpointDamagedError(id, record.reason);
  if (pair.payload === undefined) throw new CheckpointDamagedError(id, 'the checkpoint weights are missing');
  const payload = decodeRecord(pair.payload, payloadRecordFormat);
  if (!payload.ok) throw new CheckpointDamagedError(id, payload.reason);
  const { weightSpecs, weightData, topology, optimizer: storedOptimizer, history } = payload.value;
  if (!record.value.weightsOnly && topology === null) throw new CheckpointDamagedError(id, 'the model topology is missing');
  let weights: NamedWeights[];
  let optimizer: OptimizerState | null = null;
  try {
    weights = unpackWeights(weightSpecs, weightData);
    if (storedOptimizer) optimizer = { iterations: storedOptimizer.iterations, weights: unpackWeights(storedOptimizer.weightSpecs, storedOptimizer.weightData) };
  } catch (error) {
    throw new CheckpointDamagedError(id, error instanceof Error ? error.message : String(error));
  }
  return { ...summaryFromRecord(id, record.value), resume: { ...record.value.resume, history }, weightSpecs, weightData, weights, topology, optimizer };
}
