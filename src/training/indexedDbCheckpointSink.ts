/**
 * The worker's checkpoint sink: ModelCheckpoint's saves written to the
 * IndexedDB checkpoint store, one write at a time, in order, never two at
 * once for one name; saves that waited behind a write go in the next one
 * together, and writes start at least `minWriteGapMs` apart, so that saves
 * of short epochs share a write. Every outcome is reported (saved, or failed with the reason);
 * after running out of storage the sink saves nothing more, so the older
 * checkpoints stay as they were, and the run goes on or stops as the user chose.
 */
import type { RunConfig } from '../config/runConfig';
import { BACKUP_LATEST, BACKUP_PREVIOUS, checkpointId, isQuotaExceededError, StorageQuotaError, type CheckpointInput, type CheckpointStore } from '../storage';
import type { BackupInput } from './backups';
import type { CheckpointSave, CheckpointSink } from './checkpointSink';
import { LatestPerKeyQueue } from './latestPerKeyQueue';
import type { CheckpointActivity } from './protocol';
import { newRunId } from './runId';

export interface CheckpointSinkOptions {
  store: () => Promise<CheckpointStore>;
  /** Unique across tabs and reloads; the same run id again when a run is resumed. */
  runId: string;
  config: RunConfig;
  report: (activity: CheckpointActivity) => void;
  /** Called once, on the first save that did not fit. */
  onQuotaExceeded?: () => void;
  now?: () => number;
  /**
   * Each write costs the browser a commit however small it is; 100 ms apart,
   * a save every 15 ms epoch costs one commit per ~7 saves, and a tab closed
   * in the gap loses at most the saves of the last 100 ms.
   */
  minWriteGapMs?: number;
}

const DEFAULT_MIN_WRITE_GAP_MS = 100;

const wait = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

export class IndexedDbCheckpointSink implements CheckpointSink {
  private readonly queue: LatestPerKeyQueue<CheckpointSave>;
  private readonly now: () => number;
  /** A sink serves one training session of the run; its entries share the session's stored history. */
  private readonly session = newRunId();
  private full = false;
  /** The last backup saved (or restored) under each backup run id: what a save with `keepPrevious` keeps as its second copy. */
  private readonly lastBackups = new Map<string, BackupInput>();
  /** The copy a backup save keeps as `….bkp`, by save. */
  private readonly previousOf = new WeakMap<CheckpointSave, BackupInput>();

  constructor(private readonly options: CheckpointSinkOptions) {
    this.now = options.now ?? (() => performance.now());
    this.queue = new LatestPerKeyQueue((saves) => this.write(saves), { minGapMs: options.minWriteGapMs ?? DEFAULT_MIN_WRITE_GAP_MS, now: this.now, wait });
  }

  async save(save: CheckpointSave): Promise<void> {
    if (this.full) return;
    const { backup } = save;
    if (backup) {
      // Keras copies the backup a save replaces, written or not yet: the previous request's is the copy kept.
      const previous = this.lastBackups.get(backup.runId);
      this.lastBackups.set(backup.runId, this.inputOf(save));
      if (backup.keepPrevious && previous) this.previousOf.set(save, previous);
    }
    await this.queue.push(backup ? `${backup.runId}/${save.request.name}` : save.request.name, save);
  }

  private inputOf({ request, weights, optimizer, topology, resume, backup }: CheckpointSave): BackupInput {
    const { runId, config } = this.options;
    return { ...request, runId: backup?.runId ?? runId, weights, optimizer, topology, config, resume };
  }

  hurry(): void {
    this.queue.hurry();
  }

  knowBackup(runId: string, input: BackupInput): void {
    this.lastBackups.set(runId, input);
  }

  async deleteBackup(runId: string): Promise<void> {
    this.lastBackups.delete(runId);
    const store = await this.options.store();
    for (const name of [BACKUP_LATEST, BACKUP_PREVIOUS]) await store.deleteCheckpoint(checkpointId(runId, name));
  }

  /** The inputs of one write: each save as an entry; a backup that keeps its previous copy brings it along as `….bkp`. */
  private inputsOf(saves: readonly CheckpointSave[]): { inputs: CheckpointInput[]; reported: number[] } {
    const inputs: CheckpointInput[] = [];
    const reported: number[] = [];
    for (const save of saves) {
      const previous = this.previousOf.get(save);
      if (previous) inputs.push({ ...previous, name: BACKUP_PREVIOUS, session: this.session });
      reported.push(inputs.length);
      inputs.push({ ...this.inputOf(save), session: this.session });
    }
    return { inputs, reported };
  }

  /** Never rejects: failures are reported here, so the saves queued behind a full storage see it at once. */
  private async write(saves: readonly CheckpointSave[]): Promise<void> {
    if (this.full) return;
    const { report } = this.options;
    try {
      const store = await this.options.store();
      const writeStarted = this.now();
      const { inputs, reported } = this.inputsOf(saves);
      const entries = await store.saveCheckpoints(inputs);
      const written = this.now();
      saves.forEach(({ loopMs, requestedAt }, index) => {
        const entry = entries[reported[index] as number];
        if (entry) report({ kind: 'saved', entry, loopMs, writeMs: written - writeStarted, totalMs: written - requestedAt });
      });
    } catch (error) {
      for (const save of saves) this.fail(save, error);
    }
  }

  private fail(save: CheckpointSave, error: unknown): void {
    const quotaExceeded = error instanceof StorageQuotaError || isQuotaExceededError(error);
    const message = error instanceof Error ? error.message : String(error);
    if (quotaExceeded) {
      if (this.full) return;
      this.full = true;
      this.options.onQuotaExceeded?.();
    }
    this.options.report({ kind: 'failed', storageRunId: this.options.runId, name: save.request.name, epoch: save.request.epoch, message, quotaExceeded });
  }
}
