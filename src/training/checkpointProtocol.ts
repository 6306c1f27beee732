/**
 * The checkpoint part of the worker protocol (re-exported by protocol.ts,
 * which is what the page imports): run options for saving and resuming,
 * save outcomes, and restoring a checkpoint into a model to evaluate it.
 */
import type { CheckpointSummary } from '../storage';

export type QuotaPolicy = 'continue' | 'stop';

export interface RunOptions {
  /** The run's id in checkpoint storage (a UUID, no "/"); the worker makes one when absent. */
  storageRunId?: string;
  /** When storage runs full: go on training without saving (the default), or stop. */
  onQuotaExceeded?: QuotaPolicy;
  /**
   * A checkpoint id to carry on from: its weights, epoch counter, learning
   * rate, callbacks' state and epoch history. The run uses the checkpoint's
   * stored config and run id, not the ones sent with it.
   */
  resumeFrom?: string;
  /** Predict the decision-boundary grid between epochs when the data allows (the default); views that do not draw it turn it off. */
  boundary?: boolean;
  /** At most one progress message per this many ms (never more often than the default 40); views that redraw seldom ask for fewer. */
  progressIntervalMs?: number;
}

export type CheckpointActivity =
  | {
      kind: 'saved';
      /** The entry as the checkpoint list shows it, so the page adds it without reading storage again. */
      entry: CheckpointSummary;
      /** What the save cost the training loop itself: copying the weights and the topology; the rest runs beside it. */
      loopMs: number;
      /** The IndexedDB write alone (of the batch the save went in with; saves that waited are written together). */
      writeMs: number;
      /** From ModelCheckpoint's request to the write's end, waiting for earlier saves and for the gap between writes included. */
      totalMs: number;
    }
  | { kind: 'failed'; storageRunId: string; name: string; epoch: number; message: string; quotaExceeded: boolean };

export interface ResumedFrom {
  checkpointId: string;
  storageRunId: string;
  initialEpoch: number;
  /** Set when BackupAndRestore restored its backup (the run was started fresh, with this stack). */
  backup?: { backupDir: string; epoch: number; batch: number; fromPrevious: boolean };
}

/** A checkpoint loaded into a model built from its config and evaluated on that config's data. */
export interface RestoredCheckpoint {
  id: string;
  epoch: number;
  monitor: string;
  storedValue: number | null;
  /** `loss` and the metric on the training data; `val_` twins on the validation data, when there is any. */
  evaluated: Record<string, number>;
}
