/**
 * The base callback, mirroring `keras/src/callbacks/callback.py`: 14 hooks
 * that do nothing until a subclass overrides them. As in Keras,
 * `onTrainBatchBegin/End` fall back to the older `onBatchBegin/End` aliases.
 *
 * Differs from Keras: a callback reaches training through a `CallbackHost`
 * (port, metrics, stop flag, event record) instead of `self.model`.
 */
import type { CallbackHost } from './callbackHost';
import type { CallbackEvent, CallbackEventKind, CallbackState, Logs } from './types';

/** Keras's `callback.params`: what `fit()` was called with. */
export interface TrainingParams {
  epochs?: number;
  steps?: number;
  batchSize?: number;
  verbose?: number;
}

export class Callback {
  /** The Keras class name, used in events and messages. */
  readonly kerasName: string;
  params: TrainingParams = {};
  private attachedHost: CallbackHost | null = null;

  constructor(kerasName = 'Callback') {
    this.kerasName = kerasName;
  }

  setHost(host: CallbackHost): void {
    this.attachedHost = host;
  }

  setParams(params: TrainingParams): void {
    this.params = params;
  }

  protected get host(): CallbackHost {
    if (!this.attachedHost) throw new Error(`${this.kerasName} is not attached to a training run`);
    return this.attachedHost;
  }

  protected emit(kind: CallbackEventKind, message: string, extra: Pick<CallbackEvent, 'value' | 'name'> = {}): void {
    this.host.emit(this.kerasName, kind, message, extra);
  }

  protected warn(message: string): void {
    this.host.warn(this.kerasName, message);
  }

  /** Keras's `io_utils.print_msg`: only callers with `verbose > 0` print. */
  protected print(message: string): void {
    this.host.print(this.kerasName, message);
  }

  /**
   * Not in Keras, whose `fit(initial_epoch=...)` starts callbacks afresh: a
   * resumed run sets this state back after `onTrainBegin`. Null when there is none.
   */
  getState(): CallbackState | null {
    return null;
  }
  setState(_state: CallbackState): void {}

  /**
   * tf.keras's `_implements_train_batch_hooks`: false when this callback's
   * batch-end hook, though overridden, never reads its logs in this setup
   * (a save every epoch), so the trainer need not read them from the device
   * each batch, a sync that costs most on a GPU.
   */
  implementsTrainBatchHooks(): boolean {
    return true;
  }

  onBatchBegin(_batch: number, _logs: Logs): void {}
  onBatchEnd(_batch: number, _logs: Logs): void {}
  onEpochBegin(_epoch: number, _logs: Logs): void {}
  onEpochEnd(_epoch: number, _logs: Logs): void {}
  onTrainBatchBegin(batch: number, logs: Logs): void {
    this.onBatchBegin(batch, logs);
  }
  onTrainBatchEnd(batch: number, logs: Logs): void {
    this.onBatchEnd(batch, logs);
  }
  onTestBatchBegin(_batch: number, _logs: Logs): void {}
  onTestBatchEnd(_batch: number, _logs: Logs): void {}
  onPredictBatchBegin(_batch: number, _logs: Logs): void {}
  onPredictBatchEnd(_batch: number, _logs: Logs): void {}
  onTrainBegin(_logs: Logs): void {}
  onTrainEnd(_logs: Logs): void {}
  onTestBegin(_logs: Logs): void {}
  onTestEnd(_logs: Logs): void {}
  onPredictBegin(_logs: Logs): void {}
  onPredictEnd(_logs: Logs): void {}
}
