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
import { isQuotaExceededError, StorageQuotaError, type CheckpointStore } from '../storage';
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

  constructor(private readonly options: CheckpointSinkOptions) {
    this.now = options.now ?? (() => performance.now());
    this.queue = new LatestPerKeyQueue((saves) => this.write(saves), { minGapMs: options.minWriteGapMs ?? DEFAULT_MIN_WRITE_GAP_MS, now: this.now, wait });
  }

  async save(save: CheckpointSave): Promise<void> {
    if (this.full) return;
    await this.queue.push(save.request.name, save);
  }

  hurry(): void {
    this.queue.hurry();
  }

  /** Never rejects: failures are reported here, so the saves queued behind a full storage see it at once. */
  private async write(saves: readonly CheckpointSave[]): Promise<void> {
    if (this.full) return;
    const { runId, config, report } = this.options;
    try {
      const store = await this.options.store();
      const writeStarted = this.now();
      const entries = await store.saveCheckpoints(
        saves.map(({ request, weights, optimizer, topology, resume }) => ({ ...request, runId, session: this.session, weights, optimizer, topology, config, resume })),
      );
      const written = this.now();
      saves.forEach(({ loopMs, requestedAt }, index) => {
        const entry = entries[index];
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
