/**
 * Mirrors `keras/src/callbacks/model_checkpoint.py` (Keras 3.16). Keras's
 * split between deciding and saving is kept: this class decides and formats
 * the file name; the host's `saveCheckpoint` writes.
 *
 * Differs from Keras: nothing touches a file system, so Keras's
 * directory-creation and "filepath is a directory" errors cannot happen.
 */
import { invalidParam, KerasError } from './errors';
import { pyFloat, pyFormat, PyFormatError, PyFormatUnsupportedError, pyInt, type PyValue } from './format/pythonFormat';
import { pyStrRepr } from './format/pythonRepr';
import { countBatchForSave, type BatchSaveCount } from './batchSaveCount';
import { MonitorCallback } from './monitorCallback';
import type { CallbackState, Logs } from './types';

export type SaveFreq = 'epoch' | number;

export interface ModelCheckpointOptions {
  filepath: string;
  monitor?: string;
  verbose?: number;
  saveBestOnly?: boolean;
  saveWeightsOnly?: boolean;
  mode?: string;
  saveFreq?: SaveFreq;
  initialValueThreshold?: number | null;
}

/** Python's `f"{value:.5f}"`. */
function fixed5(value: number): string {
  return pyFormat('{v:.5f}', { v: pyFloat(value) });
}

export class ModelCheckpoint extends MonitorCallback {
  readonly filepath: string;
  readonly verbose: number;
  readonly saveBestOnly: boolean;
  readonly saveWeightsOnly: boolean;
  readonly saveFreq: SaveFreq;
  private readonly batchCount: BatchSaveCount = { batchesSeenSinceLastSaving: 0, lastBatchSeen: null };
  private currentEpoch = 0;

  constructor(options: ModelCheckpointOptions) {
    super(
      'ModelCheckpoint',
      options.monitor ?? 'val_loss',
      options.mode ?? 'auto',
      options.initialValueThreshold ?? null,
      0,
    );
    this.verbose = options.verbose ?? 0;
    this.filepath = options.filepath;
    this.saveBestOnly = options.saveBestOnly ?? false;
    this.saveWeightsOnly = options.saveWeightsOnly ?? false;
    this.saveFreq = options.saveFreq ?? 'epoch';
    if (this.saveFreq !== 'epoch' && !Number.isInteger(this.saveFreq)) {
      throw invalidParam(
        'saveFreq',
        `Unrecognized save_freq: ${String(this.saveFreq)}. Expected save_freq are 'epoch' or integer values`,
      );
    }
    if (this.saveWeightsOnly) {
      if (!this.filepath.endsWith('.weights.h5')) {
        throw invalidParam(
          'filepath',
          'When using `save_weights_only=True` in `ModelCheckpoint`, the filepath provided must end in ' +
            `\`.weights.h5\` (Keras weights format). Received: filepath=${this.filepath}`,
        );
      }
    } else if (!this.filepath.endsWith('.keras') && !this.filepath.endsWith('.h5')) {
      throw invalidParam(
        'filepath',
        `The filepath provided must end in \`.keras\` (Keras model format). Received: filepath=${this.filepath}`,
      );
    }
  }

  override getState(): CallbackState {
    return { ...super.getState(), ...this.batchCount };
  }

  override setState(state: CallbackState): void {
    super.setState(state);
    this.batchCount.batchesSeenSinceLastSaving = state['batchesSeenSinceLastSaving'] ?? 0;
    this.batchCount.lastBatchSeen = state['lastBatchSeen'] ?? null;
  }

  /** Saving every epoch, the batch hook reads no logs. */
  override implementsTrainBatchHooks(): boolean {
    return this.saveFreq !== 'epoch';
  }

  override onTrainBatchEnd(batch: number, logs: Logs): void {
    if (countBatchForSave(this.batchCount, batch, this.saveFreq)) this.saveModel(this.currentEpoch, batch, logs);
  }

  override onEpochBegin(epoch: number): void {
    this.currentEpoch = epoch;
  }

  override onEpochEnd(epoch: number, logs: Logs): void {
    if (this.monitorOp === null) this.setMonitorOp();
    if (this.saveFreq === 'epoch') this.saveModel(epoch, null, logs);
  }

  private saveModel(epoch: number, batch: number | null, logs: Logs): void {
    const name = this.formatFilepath(epoch, batch, logs);
    const decision = this.decide(epoch, logs, name);
    if (decision === null) return;
    const value = logs[this.monitor];
    this.host.port.saveCheckpoint({
      name,
      epoch,
      batch,
      value: value ?? null,
      monitor: this.monitor,
      weightsOnly: this.saveWeightsOnly,
    });
    this.emit('checkpoint_saved', decision, value === undefined ? {} : { value });
    if (this.verbose > 0) this.print(`\nEpoch ${epoch + 1}: finished saving model to ${name}`);
  }

  /** Keras's `_should_save_model`: the message announcing the save, or null to skip it. */
  private decide(epoch: number, logs: Logs, name: string): string | null {
    const say = (message: string): string => {
      if (this.verbose > 0) this.print(`\n${message}`);
      return message;
    };
    if (!this.saveBestOnly) return say(`Epoch ${epoch + 1}: saving model to ${name}`);
    const current = logs[this.monitor];
    if (current === undefined) {
      this.warn(`Can save best model only with ${this.monitor} available.`);
      return `Epoch ${epoch + 1}: saving model to ${name}`;
    }
    const bestText = this.best === null ? 'None' : fixed5(this.best);
    if (this.isImprovement(current, this.best)) {
      this.best = current;
      return say(`Epoch ${epoch + 1}: ${this.monitor} improved from ${bestText} to ${fixed5(current)}, saving model to ${name}`);
    }
    const message = say(`Epoch ${epoch + 1}: ${this.monitor} did not improve from ${bestText}`);
    this.emit('checkpoint_not_improved', message, { value: current });
    return null;
  }

  /** Keras's `_get_file_path`: `filepath.format(epoch=epoch + 1, [batch=batch + 1,] **logs)`. */
  private formatFilepath(epoch: number, batch: number | null, logs: Logs): string {
    const kwargs: Record<string, PyValue> = {};
    const named = (key: string, value: PyValue): void => {
      if (key in kwargs) {
        throw new KerasError('TypeError', `str.format() got multiple values for keyword argument '${key}'`);
      }
      kwargs[key] = value;
    };
    named('epoch', pyInt(epoch + 1));
    if (batch !== null && !('batch' in logs)) named('batch', pyInt(batch + 1));
    for (const [key, value] of Object.entries(logs)) named(key, pyFloat(value));
    try {
      return pyFormat(this.filepath, kwargs);
    } catch (error) {
      if (error instanceof PyFormatUnsupportedError) throw new KerasError('Error', error.message);
      if (!(error instanceof PyFormatError)) throw error;
      if (error.pyType === 'KeyError') {
        const reason = `Failed to format this callback filepath: "${this.filepath}". Reason: ${error.message}`;
        throw new KerasError('KeyError', pyStrRepr(reason));
      }
      throw new KerasError(error.pyType, error.message);
    }
  }
}
