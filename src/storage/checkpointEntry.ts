/** What callers of the checkpoint store hand in and get back. */
import type { RunConfig } from '../config/runConfig';
import type { CheckpointId } from './checkpointKeys';
import type { CheckpointRecord, ResumeInput, ResumeState, WeightSpec } from './checkpointRecords';
import type { NamedWeights } from './weightPacking';

/** An optimizer's state: its step count and its slot variables, in the order the optimizer lists them. */
export interface OptimizerState {
  iterations: number;
  weights: readonly NamedWeights[];
}

/**
 * One ModelCheckpoint save. The fields from `name` to `weightsOnly` are those
 * of the engine's `CheckpointRequest`, so a request spreads into this shape.
 */
export interface CheckpointInput {
  /** Unique per run across tabs and reloads (`crypto.randomUUID()`); no "/". */
  runId: string;
  /**
   * Unique per training session: a run, and each resume of it under the same
   * `runId`. A session's epoch history only grows, so its entries share one stored copy.
   */
  session: string;
  /** The formatted `filepath`, as Keras would have named the file. */
  name: string;
  epoch: number;
  batch: number | null;
  monitor: string;
  value: number | null;
  weightsOnly: boolean;
  weights: readonly NamedWeights[];
  /** The model's JSON text; required unless `weightsOnly`, ignored when it is. */
  topology: string | null;
  config: RunConfig;
  resume: ResumeInput;
  /** What a resumed run needs to step on exactly as the whole run would have; null when unknown. */
  optimizer?: OptimizerState | null;
}

/** A checkpoint as listed: metadata only, no weights. */
export interface CheckpointSummary {
  damaged: false;
  id: CheckpointId;
  runId: string;
  name: string;
  epoch: number;
  batch: number | null;
  monitor: string;
  value: number | null;
  weightsOnly: boolean;
  /** Milliseconds since the Unix epoch. */
  savedAt: number;
  /** The weights' bytes plus the topology's UTF-8 bytes: about what a download weighs. */
  sizeBytes: number;
  config: RunConfig;
}

/** An entry that could not be read; it can still be deleted. */
export interface DamagedCheckpoint {
  damaged: true;
  id: CheckpointId;
  reason: string;
}

export type CheckpointListEntry = CheckpointSummary | DamagedCheckpoint;

export interface RunCheckpoints {
  runId: string;
  /** Readable entries oldest first, then the damaged ones. */
  entries: CheckpointListEntry[];
}

export interface LoadedCheckpoint extends CheckpointSummary {
  resume: ResumeState;
  weightSpecs: WeightSpec[];
  /** All weights back to back, as `model.weights.bin` holds them. */
  weightData: ArrayBuffer;
  /** Views into `weightData`, one per weight, in model order. */
  weights: NamedWeights[];
  topology: string | null;
  /** Null for a checkpoint saved before optimizer state was kept. */
  optimizer: OptimizerState | null;
}

export function summaryFromRecord(id: CheckpointId, record: CheckpointRecord): CheckpointSummary {
  const { runId, name, epoch, batch, monitor, value, weightsOnly, savedAt, sizeBytes, config } = record;
  return { damaged: false, id, runId, name, epoch, batch, monitor, value, weightsOnly, savedAt, sizeBytes, config };
}
