/**
 * BackupAndRestore's backups on the worker's side: read from storage before
 * training starts (a callback's hooks cannot wait for storage), then put
 * back into the model when the callback's `onTrainBegin` asks
 * (`restoreBackup`): weights, optimizer state, learning rate, and the resume
 * point the trainer carries on from (epoch, steps, callbacks' states, history).
 */
import { KerasError } from '../callbacks';
import type { RunConfig } from '../config/runConfig';
import { BACKUP_LATEST, backupIds, CheckpointDamagedError, type CheckpointInput, type CheckpointStore, type LoadedCheckpoint } from '../storage';
import type { CompiledModel } from './model';
import { restoreOptimizerState } from './optimizerState';
import { loadWeightsInto } from './restoreCheckpoint';
import { decodeResumePoint, encodeEpochRecord, type ResumePoint } from './resumePoint';

export type BackupCopy = LoadedCheckpoint | { damaged: string } | null;

export interface PreloadedBackup {
  latest: BackupCopy;
  previous: BackupCopy;
}

/** By `backup_dir`. */
export type PreloadedBackups = ReadonlyMap<string, PreloadedBackup>;

/** A backup put back into the model: where the trainer resumes, and what the page is told. */
export interface RestoredBackup {
  backupDir: string;
  checkpointId: string;
  storageRunId: string;
  point: ResumePoint;
  /** The batch Keras's metadata recorded (0 at an epoch's end). */
  batch: number;
  fromPrevious: boolean;
  damaged: string | null;
}

/** A backup, as a save input again (without the session), so the first save with `double_checkpoint` can keep it as the second copy. */
export type BackupInput = Omit<CheckpointInput, 'session'>;

/** The `backup_dir` of each enabled BackupAndRestore in the stack. */
export function backupDirs(config: RunConfig): string[] {
  return config.callbacks.flatMap((spec) => (spec.type === 'BackupAndRestore' && spec.enabled !== false ? [spec.params.backupDir] : []));
}

async function loadCopy(store: CheckpointStore, id: string): Promise<BackupCopy> {
  try {
    return await store.loadCheckpoint(id);
  } catch (error) {
    if (error instanceof CheckpointDamagedError) return { damaged: error.reason };
    throw error;
  }
}

/** Reads every backup the stack's BackupAndRestore callbacks may restore. */
export async function preloadBackups(config: RunConfig, openStore: () => Promise<CheckpointStore>): Promise<Map<string, PreloadedBackup>> {
  const preloaded = new Map<string, PreloadedBackup>();
  const dirs = backupDirs(config).filter((dir) => dir !== '');
  if (dirs.length === 0) return preloaded;
  const store = await openStore();
  for (const dir of dirs) {
    const ids = backupIds(dir);
    const backup = { latest: await loadCopy(store, ids.latest), previous: await loadCopy(store, ids.previous) };
    if (backup.latest || backup.previous) preloaded.set(dir, backup);
  }
  return preloaded;
}

/** Whether any backup was found: a run that restores one does not report a loss before its first step. */
export function hasBackups(backups: PreloadedBackups): boolean {
  return backups.size > 0;
}

function backupMismatch(backupDir: string, error: unknown): KerasError {
  const detail = error instanceof Error ? error.message : String(error);
  return new KerasError(
    'ValueError',
    `The backup in backup_dir=${backupDir} was made by another model (${detail}). A backup_dir holds one training's backup: delete it in the Checkpoints panel, or give this run another backup_dir.`,
  );
}

/**
 * Puts one copy into the model and optimizer; returns its resume point.
 * Throws BackupUnreadableError when the copy cannot be read, and Keras's
 * ValueError when it does not fit the model.
 */
function applyCopy(compiled: CompiledModel, backupDir: string, copy: LoadedCheckpoint): ResumePoint {
  let point: ResumePoint;
  try {
    point = decodeResumePoint(copy.resume);
  } catch (error) {
    throw new BackupUnreadableError(error instanceof Error ? error.message : String(error));
  }
  try {
    loadWeightsInto(compiled.model, copy.weights);
  } catch (error) {
    throw backupMismatch(backupDir, error);
  }
  if (copy.optimizer) void restoreOptimizerState(compiled.optimizer, copy.optimizer);
  return point;
}

class BackupUnreadableError extends Error {}

export type BackupOutcome = { restored: RestoredBackup; input: BackupInput } | { damaged: string } | null;

/** The newest readable copy of `backupDir`'s backup, put into the model (Keras's `on_train_begin`, with its fall-back to the previous copy). */
export function restoreBackupInto(compiled: CompiledModel, backupDir: string, backup: PreloadedBackup | undefined): BackupOutcome {
  if (!backup) return null;
  let damaged: string | null = null;
  const copies: [BackupCopy, boolean][] = [
    [backup.latest, false],
    [backup.previous, true],
  ];
  for (const [copy, fromPrevious] of copies) {
    if (copy === null) continue;
    if (!('weights' in copy)) {
      damaged ??= copy.damaged;
      continue;
    }
    try {
      const point = applyCopy(compiled, backupDir, copy);
      const input: BackupInput = {
        runId: copy.runId,
        name: BACKUP_LATEST,
        epoch: copy.epoch,
        batch: copy.batch,
        monitor: '',
        value: null,
        weightsOnly: true,
        weights: copy.weights,
        topology: null,
        config: copy.config,
        optimizer: copy.optimizer,
        resume: { initialEpoch: copy.resume.initialEpoch, learningRate: copy.resume.learningRate, callbackState: copy.resume.callbackState, history: point.history.map(encodeEpochRecord) },
      };
      const restored: RestoredBackup = { backupDir, checkpointId: copy.id, storageRunId: copy.runId, point, batch: copy.batch ?? 0, fromPrevious, damaged };
      return { restored, input };
    } catch (error) {
      if (!(error instanceof BackupUnreadableError)) throw error;
      damaged ??= error.message;
    }
  }
  return damaged === null ? null : { damaged };
}
