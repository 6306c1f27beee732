/** Shared set-up for the checkpoint tests: a run on the CPU backend whose saves go to a fake IndexedDB store. */
import type { RunConfig } from '../config/runConfig';
import { openCheckpointStore, type CheckpointStore, type OptimizerState } from '../storage';
import { restoreOptimizerState } from './optimizerState';
import { freshIdb } from '../storage/checkpointTestKit';
import { preloadBackups, type RestoredBackup } from './backups';
import type { CheckpointActivity } from './checkpointProtocol';
import { IndexedDbCheckpointSink } from './indexedDbCheckpointSink';
import { prepareRun, type PreparedRun } from './prepareRun';
import { loadWeightsInto } from './restoreCheckpoint';
import { decodeResumePoint, type ResumePoint } from './resumePoint';
import { RunControl } from './runControl';
import { train, type EpochRecord, type TrainingResult } from './trainer';
import type { TrainingClock } from './clock';

/** Yields a real macrotask between batches, as the worker does, so storage callbacks arrive during training. */
const timeoutClock: TrainingClock = { now: () => performance.now(), yieldToEventLoop: () => new Promise((resolve) => setTimeout(resolve, 0)) };

export interface StoredRun {
  result: TrainingResult;
  epochs: EpochRecord[];
  activity: CheckpointActivity[];
  prepared: PreparedRun;
  /** What BackupAndRestore restored at the start, when it did. */
  restoredBackup: RestoredBackup | null;
}

export function freshStore(): Promise<CheckpointStore> {
  return openCheckpointStore({ idb: freshIdb() });
}

export interface StoredRunSetup {
  runId?: string;
  /** Stops the run (as the page's Stop) after this epoch. */
  stopAfterEpoch?: number;
  resume?: ResumePoint;
  /** The weights and optimizer state to start from, for a resumed run. */
  weights?: Parameters<typeof loadWeightsInto>[1];
  optimizer?: OptimizerState | null;
  onQuotaExceeded?: (control: RunControl) => void;
  /** The sink's least gap between writes; its default when absent. */
  minWriteGapMs?: number;
  /** Read the stack's BackupAndRestore backups from the store first, as the worker does. */
  backups?: boolean;
}

export async function trainIntoStore(config: RunConfig, store: CheckpointStore, setup: StoredRunSetup = {}): Promise<StoredRun> {
  const prepared = prepareRun(config);
  if (setup.weights) loadWeightsInto(prepared.compiled.model, setup.weights);
  if (setup.optimizer) await restoreOptimizerState(prepared.compiled.optimizer, setup.optimizer);
  const control = new RunControl();
  const activity: CheckpointActivity[] = [];
  const epochs: EpochRecord[] = [];
  let restoredBackup: RestoredBackup | null = null;
  const sink = new IndexedDbCheckpointSink({
    store: () => Promise.resolve(store),
    runId: setup.runId ?? 'run-1',
    config,
    report: (item) => activity.push(item),
    onQuotaExceeded: () => setup.onQuotaExceeded?.(control),
    ...(setup.minWriteGapMs === undefined ? {} : { minWriteGapMs: setup.minWriteGapMs }),
  });
  const backups = setup.backups ? await preloadBackups(config, () => Promise.resolve(store)) : undefined;
  const result = await train({
    config,
    ...prepared,
    sink,
    control,
    clock: timeoutClock,
    yieldIntervalMs: 0,
    ...(setup.resume ? { resume: setup.resume } : {}),
    ...(backups ? { backups, onBackupRestored: (restored) => (restoredBackup = restored) } : {}),
    listener: {
      onEpochEnd(record) {
        epochs.push(record);
        if (record.epoch === setup.stopAfterEpoch) control.stop();
      },
    },
  });
  return { result, epochs, activity, prepared, restoredBackup };
}

/** What the worker does for `resumeFrom`: the stored weights and resume point. */
export async function resumeFrom(
  store: CheckpointStore,
  id: string,
): Promise<{ config: RunConfig; resume: ResumePoint; weights: NonNullable<StoredRunSetup['weights']>; optimizer: OptimizerState | null }> {
  const loaded = await store.loadCheckpoint(id);
  if (!loaded) throw new Error(`no checkpoint ${id}`);
  return { config: loaded.config, resume: decodeResumePoint(loaded.resume), weights: loaded.weights, optimizer: loaded.optimizer };
}
