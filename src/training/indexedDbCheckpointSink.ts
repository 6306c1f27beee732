/**
 * The worker's checkpoint sink: ModelCheckpoint's saves written to the
 * IndexedDB checkpoint store, one write at a time, in order, never two at
 * once for one name; saves that waited behind a write go in the next one together. Every outcome is reported (saved, or failed with the reason);
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
  private readonly queue = new LatestPerKeyQueue<CheckpointSave>((saves) => this.write(saves));
  private full = false;

  constructor(private readonly options: CheckpointSinkOptions) {}

  async save(save: CheckpointSave): Promise<void> {
    if (this.full) return;
    await this.queue.push(save.request.name, save);
  }

  /** Never rejects: failures are reported here, so the saves queued behind a full storage see it at once. */
  private async write(saves: readonly CheckpointSave[]): Promise<void> {
    if (this.full) return;
    const { runId, config, report } = this.options;
    const now = this.options.now ?? (() => performance.now());
    try {
      const store = await this.options.store();
      const writeStarted = now();
      const entries = await store.saveCheckpoints(
        saves.map(({ request, weights, optimizer, topology, resume }) => ({ ...request, runId, weights, optimizer, topology, config, resume })),
      );
      const written = now();
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
