/**
 * Mirrors `keras/src/callbacks/terminate_on_nan.py` (Keras 3.16): checks the
 * loss after every training batch; stops after that batch, or with
 * `raiseError` fails the run at once (then `onTrainEnd` does not run).
 * Its message is printed whatever the verbosity, as in Keras.
 */
import { Callback } from './callback';
import { KerasError } from './errors';
import { pyFloatRepr } from './format/pythonRepr';
import type { Logs } from './types';

export interface TerminateOnNaNOptions {
  raiseError?: boolean;
}

export class TerminateOnNaN extends Callback {
  readonly raiseError: boolean;

  constructor(options: TerminateOnNaNOptions = {}) {
    super('TerminateOnNaN');
    this.raiseError = options.raiseError ?? false;
  }

  override onBatchEnd(batch: number, logs: Logs): void {
    const loss = logs.loss;
    if (loss === undefined || Number.isFinite(loss)) return;
    if (this.raiseError) {
      throw new KerasError(
        'RuntimeError',
        `NaN or Inf loss encountered at batch ${batch}. Loss value: ${pyFloatRepr(loss)}. Terminating training immediately.`,
      );
    }
    const message = `Batch ${batch}: Invalid loss, terminating training`;
    this.print(message);
    this.emit('terminated_on_nan', message, { value: loss });
    this.host.requestStop(this.kerasName);
  }
}
