/**
 * The worker's checkpoint sink: ModelCheckpoint's saves written to the
 * IndexedDB checkpoint store, one at a time, in order, never two at once for
 * one name. Every outcome is reported (saved, or failed with the reason);
 * after running out of storage the sink saves nothing more, so the older
 * checkpoints stay as they were, and the run goes on or stops as the user chose.
 */
import type { RunConfig } from '../config/runConfig';
import { isQuotaExceededError, StorageQuotaError, type CheckpointStore } from '../storage';
import type { CheckpointSave, CheckpointSink } from './checkpointSink';
import { LatestPerKeyQueue } from './latestPerKeyQueue';
import type { CheckpointActivity } from './protocol';

export interface CheckpointSinkOptions {
  store: () => Promise<CheckpointStore>;
  /** Unique across tabs and reloads; the same run id again when a run is resumed. */
  runId: string;
  config: RunConfig;
  report: (activity: CheckpointActivity) => void;
  /** Called once, on the first save that did not fit. */
  onQuotaExceeded?: () => void;
  now?: () => number;
}

export class IndexedDbCheckpointSink implements CheckpointSink {
  private readonly queue = new LatestPerKeyQueue();
  private full = false;

  constructor(private readonly options: CheckpointSinkOptions) {}

  async save(save: CheckpointSave): Promise<void> {
    if (this.full) return;
    // Failures are handled inside the task, so the saves queued behind a full storage see it at once.
    await this.queue.push(save.request.name, () => this.write(save).catch((error: unknown) => this.fail(save, error)));
  }

  private async write(save: CheckpointSave): Promise<void> {
    if (this.full) return;
    const { request, weights, optimizer, topology, resume, requestedAt, loopMs } = save;
    const { runId, config, report } = this.options;
    const now = this.options.now ?? (() => performance.now());
    const store = await this.options.store();
    const writeStarted = now();
    const summary = await store.saveCheckpoint({ ...request, runId, weights, optimizer, topology, config, resume });
    const written = now();
    report({
      kind: 'saved',
      id: summary.id,
      storageRunId: runId,
      name: summary.name,
      epoch: summary.epoch,
      batch: summary.batch,
      monitor: summary.monitor,
      value: summary.value,
      sizeBytes: summary.sizeBytes,
      loopMs,
      writeMs: written - writeStarted,
      totalMs: written - requestedAt,
    });
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
