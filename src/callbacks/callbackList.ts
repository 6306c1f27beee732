/**
 * Runs a stack of callbacks in order, as `keras/src/callbacks/callback_list.py`
 * does: each call hands every callback the same fresh copy of the logs, with
 * keys sorted as Keras's `pythonify_logs` sorts them, so a value one callback
 * writes (ReduceLROnPlateau's `learning_rate`) is seen by those after it and
 * by History, which runs last.
 *
 * A callback that throws stops the call; the error is rethrown as a
 * `CallbackFailure` that says which callback failed, in which hook, where.
 */
import { Callback, type TrainingParams } from './callback';
import type { CallbackHost } from './callbackHost';
import { asKerasError, type KerasError } from './errors';
import { History } from './history';
import type { HookName, Logs } from './types';

export class CallbackFailure extends Error {
  readonly callback: string;
  readonly hook: HookName;
  readonly epoch: number | null;
  readonly batch: number | null;
  override readonly cause: KerasError;

  constructor(callback: string, hook: HookName, epoch: number | null, batch: number | null, cause: KerasError) {
    super(cause.message);
    this.name = 'CallbackFailure';
    this.callback = callback;
    this.hook = hook;
    this.epoch = epoch;
    this.batch = batch;
    this.cause = cause;
  }
}

function sortedCopy(logs: Logs | undefined): Logs {
  const copy: Logs = {};
  if (!logs) return copy;
  for (const key of Object.keys(logs).sort()) copy[key] = logs[key] as number;
  return copy;
}

type LogsHook = 'onTrainBegin' | 'onTrainEnd' | 'onTestBegin' | 'onTestEnd' | 'onPredictBegin' | 'onPredictEnd';
type IndexedHook = Exclude<HookName, LogsHook>;

export class CallbackList {
  readonly callbacks: readonly Callback[];
  readonly history: History;
  private readonly host: CallbackHost;
  private epoch: number | null = null;

  constructor(callbacks: readonly Callback[], host: CallbackHost, params: TrainingParams = {}) {
    const existing = callbacks.find((callback): callback is History => callback instanceof History);
    this.history = existing ?? new History();
    this.callbacks = existing ? [...callbacks] : [...callbacks, this.history];
    this.host = host;
    for (const callback of this.callbacks) {
      callback.setHost(host);
      callback.setParams(params);
    }
  }

  /** Whether any callback in the stack overrides `hook` (so the driver must read those logs). */
  overrides(hook: HookName): boolean {
    return this.callbacks.some((callback) => {
      if (hook === 'onTrainBatchEnd' && !callback.implementsTrainBatchHooks()) return false;
      if (callback[hook] !== Callback.prototype[hook]) return true;
      if (hook === 'onTrainBatchEnd') return callback.onBatchEnd !== Callback.prototype.onBatchEnd;
      if (hook === 'onTrainBatchBegin') return callback.onBatchBegin !== Callback.prototype.onBatchBegin;
      return false;
    });
  }

  onTrainBegin(logs?: Logs): void {
    this.epoch = null;
    this.dispatch('onTrainBegin', logs);
  }
  onTrainEnd(logs?: Logs): void {
    this.epoch = null;
    this.dispatch('onTrainEnd', logs);
  }
  onEpochBegin(epoch: number, logs?: Logs): void {
    this.epoch = epoch;
    this.dispatchIndexed('onEpochBegin', epoch, logs);
  }
  onEpochEnd(epoch: number, logs?: Logs): void {
    this.epoch = epoch;
    this.dispatchIndexed('onEpochEnd', epoch, logs);
  }
  onTrainBatchBegin(batch: number, logs?: Logs): void {
    this.dispatchIndexed('onTrainBatchBegin', batch, logs);
  }
  onTrainBatchEnd(batch: number, logs?: Logs): void {
    this.dispatchIndexed('onTrainBatchEnd', batch, logs);
  }
  onTestBegin(logs?: Logs): void {
    this.dispatch('onTestBegin', logs);
  }
  onTestEnd(logs?: Logs): void {
    this.dispatch('onTestEnd', logs);
  }
  onTestBatchBegin(batch: number, logs?: Logs): void {
    this.dispatchIndexed('onTestBatchBegin', batch, logs);
  }
  onTestBatchEnd(batch: number, logs?: Logs): void {
    this.dispatchIndexed('onTestBatchEnd', batch, logs);
  }
  onPredictBegin(logs?: Logs): void {
    this.dispatch('onPredictBegin', logs);
  }
  onPredictEnd(logs?: Logs): void {
    this.dispatch('onPredictEnd', logs);
  }
  onPredictBatchBegin(batch: number, logs?: Logs): void {
    this.dispatchIndexed('onPredictBatchBegin', batch, logs);
  }
  onPredictBatchEnd(batch: number, logs?: Logs): void {
    this.dispatchIndexed('onPredictBatchEnd', batch, logs);
  }

  private dispatch(hook: LogsHook, logs: Logs | undefined): void {
    this.host.position = { hook, epoch: this.epoch, batch: null };
    const shared = sortedCopy(logs);
    this.callEach(hook, (callback) => callback[hook](shared));
  }

  private dispatchIndexed(hook: IndexedHook, index: number, logs: Logs | undefined): void {
    const isEpochHook = hook === 'onEpochBegin' || hook === 'onEpochEnd';
    this.host.position = { hook, epoch: this.epoch, batch: isEpochHook ? null : index };
    const shared = sortedCopy(logs);
    this.callEach(hook, (callback) => callback[hook](index, shared));
  }

  private callEach(hook: HookName, call: (callback: Callback) => void): void {
    for (const callback of this.callbacks) {
      try {
        call(callback);
      } catch (thrown) {
        if (thrown instanceof CallbackFailure) throw thrown;
        const { epoch, batch } = this.host.position;
        throw new CallbackFailure(callback.kerasName, hook, epoch, batch, asKerasError(thrown));
      }
    }
  }
}
