/**
 * Mirrors `keras/src/callbacks/backup_and_restore.py` (Keras 3.16): backs the
 * training state up at the end of each epoch (or every `saveFreq` batches),
 * and at the start of `fit` puts back the newest backup, so that training
 * resumes at the epoch Keras writes in `training_metadata.json`: the number
 * of epochs finished. A backup made within an epoch resumes at that epoch's
 * start, with the weights of the batch it was made at (Keras records the
 * batch but does not resume from it). At the end of training the backup is
 * removed, unless `deleteCheckpoint` is false. With `doubleCheckpoint` the
 * backup a save replaces is kept as a second copy, read when the newest is damaged.
 *
 * The host keeps the backups (the browser's storage, under `backupDir`) and
 * does the saving, restoring and removing (`saveBackup`, `restoreBackup`,
 * `deleteBackup`); this class decides when.
 *
 * Differs from Keras, knowingly:
 * - A backup holds the callbacks' states (EarlyStopping's wait, a
 *   ReduceLROnPlateau cooldown …) and the epoch history too, so the resumed
 *   run goes on as the uninterrupted one would (Keras's callbacks start afresh).
 * - A damaged backup with no second copy is reported and training starts
 *   fresh; Keras raises the OSError.
 * - After a restore, batch-level saves before the first epoch ends record the
 *   resumed epoch; Keras's counter starts at 0 again there, so a second
 *   interruption would send it back to epoch 0.
 */
import { countBatchForSave, type BatchSaveCount } from './batchSaveCount';
import { Callback } from './callback';
import { invalidParam } from './errors';
import type { CallbackState, Logs } from './types';

export interface BackupAndRestoreOptions {
  backupDir: string;
  saveFreq?: 'epoch' | number;
  doubleCheckpoint?: boolean;
  deleteCheckpoint?: boolean;
}

export class BackupAndRestore extends Callback {
  readonly backupDir: string;
  readonly saveFreq: 'epoch' | number;
  readonly doubleCheckpoint: boolean;
  readonly deleteCheckpoint: boolean;
  private readonly batchCount: BatchSaveCount = { batchesSeenSinceLastSaving: 0, lastBatchSeen: 0 };
  private currentEpoch = 0;

  constructor(options: BackupAndRestoreOptions) {
    super('BackupAndRestore');
    this.saveFreq = options.saveFreq ?? 'epoch';
    this.doubleCheckpoint = options.doubleCheckpoint ?? false;
    this.deleteCheckpoint = options.deleteCheckpoint ?? true;
    if (!options.backupDir) throw invalidParam('backupDir', 'Empty `backup_dir` argument passed');
    this.backupDir = options.backupDir;
    if (this.saveFreq !== 'epoch' && !Number.isInteger(this.saveFreq)) {
      throw invalidParam(
        'saveFreq',
        `Invalid value for argument \`save_freq\`. Received: save_freq=${String(this.saveFreq)}. Expected either 'epoch' or an integer value.`,
      );
    }
  }

  override getState(): CallbackState {
    return { ...this.batchCount, currentEpoch: this.currentEpoch };
  }

  override setState(state: CallbackState): void {
    this.batchCount.batchesSeenSinceLastSaving = state.batchesSeenSinceLastSaving ?? 0;
    this.batchCount.lastBatchSeen = state.lastBatchSeen ?? 0;
    this.currentEpoch = state.currentEpoch ?? 0;
  }

  override onTrainBegin(_logs: Logs): void {
    const restored = this.host.port.restoreBackup(this.backupDir);
    if (restored === null) return;
    if (!('epoch' in restored)) {
      this.warn(`The backup in ${this.backupDir} could not be read (${restored.damaged}), and there is no second copy: training starts afresh.`);
      this.emit('backup_damaged', `Backup in ${this.backupDir} damaged (${restored.damaged}): training starts afresh.`);
      return;
    }
    this.currentEpoch = restored.epoch;
    if (restored.fromPrevious) {
      this.warn(`The newest backup in ${this.backupDir} could not be read (${restored.damaged ?? 'damaged'}): restored the previous one.`);
    }
    const within = restored.batch > 0 ? ` (saved at batch ${restored.batch + 1} of epoch ${restored.epoch + 1}, which trains again from its start)` : '';
    this.emit(
      'backup_restored',
      `Restored the backup in ${this.backupDir}${restored.fromPrevious ? ' (the previous copy)' : ''}: resuming at epoch ${restored.epoch + 1}${within}.`,
      { value: restored.epoch },
    );
  }

  override onEpochEnd(epoch: number, _logs: Logs): void {
    this.currentEpoch = epoch + 1;
    this.batchCount.lastBatchSeen = 0;
    if (this.saveFreq === 'epoch') this.save();
  }

  /** Backing up every epoch, the batch hook has nothing to do. */
  override implementsTrainBatchHooks(): boolean {
    return this.saveFreq !== 'epoch';
  }

  override onTrainBatchEnd(batch: number, _logs: Logs): void {
    if (countBatchForSave(this.batchCount, batch, this.saveFreq)) this.save();
  }

  override onTrainEnd(_logs: Logs): void {
    if (this.deleteCheckpoint) this.host.port.deleteBackup(this.backupDir);
  }

  private save(): void {
    this.host.port.saveBackup({ backupDir: this.backupDir, epoch: this.currentEpoch, batch: this.batchCount.lastBatchSeen ?? 0, keepPrevious: this.doubleCheckpoint });
  }
}
