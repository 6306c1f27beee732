/**
 * Where ModelCheckpoint's saves end up. A sink is made for one run, so it
 * knows the run's storage id and config; each save brings the weights, the
 * topology and the state a resumed run needs. The worker's sink writes to
 * IndexedDB (indexedDbCheckpointSink.ts); tests and the benchmark keep saves in memory.
 */
import type { CheckpointRequest } from '../callbacks';
import type { OptimizerState, ResumeInput } from '../storage';
import type { BackupInput } from './backups';

export interface WeightValues {
  /** The weight's name in the model, stable across runs (`dense_1/kernel`). */
  name: string;
  shape: number[];
  data: Float32Array;
}

export interface CheckpointSave {
  request: CheckpointRequest;
  weights: readonly WeightValues[];
  /** The model's JSON, or null when the request is for the weights only. */
  topology: string | null;
  /** The optimizer's iteration count and slot variables at the save, as Keras saves them with the weights. */
  optimizer: OptimizerState;
  resume: ResumeInput;
  /** `performance.now()` when ModelCheckpoint asked, to measure how long the save took. */
  requestedAt: number;
  /** How long the request held up the training loop (copying the weights, writing the topology). */
  loopMs: number;
  /** BackupAndRestore's save: stored under the backup's own run id, not the run's, keeping the copy it replaces when asked. */
  backup?: { runId: string; keepPrevious: boolean };
}

export interface CheckpointSink {
  /** Resolves when the save is written (or given up); a sink reports its own failures. */
  save(save: CheckpointSave): Promise<void> | void;
  /** The run is ending: write what waits now, without holding it back to batch with saves that will not come. */
  hurry?(): void;
  /** The backup restored at the start under `runId`: the copy the first save with `keepPrevious` keeps. */
  knowBackup?(runId: string, input: BackupInput): void;
  /** Removes the backup stored under `runId` (both copies); called once the run's saves are written. */
  deleteBackup?(runId: string): Promise<void>;
}

export class MemoryCheckpointSink implements CheckpointSink {
  readonly saved: CheckpointSave[] = [];
  readonly deletedBackups: string[] = [];

  save(save: CheckpointSave): void {
    this.saved.push(save);
  }

  deleteBackup(runId: string): Promise<void> {
    this.deletedBackups.push(runId);
    return Promise.resolve();
  }
}
