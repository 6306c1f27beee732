/**
 * Mirrors `keras/src/callbacks/progbar_logger.py` (Keras 3.16) inside `fit`:
 * `Epoch 3/50` when an epoch begins (only when `epochs > 1`), and the
 * finalized bar's line when it ends (`progbarLine.ts`), with the logs every
 * callback before it left (it runs last, after History, as `CallbackList`
 * appends it). Validation inside `fit` is silent, as in Keras.
 *
 * Differs from Keras:
 * - Only the finalized line of each epoch is printed: the page has no
 *   terminal to redraw a bar in. With verbose 1 that is the bar's last state.
 * - It reads no batch logs (so it costs training no per-batch read): the
 *   seconds per step are the epoch's time over its steps. Keras's verbose 2
 *   computes exactly that; verbose 1 leaves the first step out.
 * - The predict hooks print nothing: Plateau's predictions between epochs
 *   (the decision boundary) are not a learner's `model.predict` call.
 * - `pinned` is not offered: it only moves a terminal's cursor.
 */
import { Callback } from './callback';
import { progbarLine } from './progbarLine';
import type { Logs } from './types';

export type ProgbarVerbose = 0 | 1 | 2;

export interface ProgbarLoggerOptions {
  /** `fit(verbose=...)`: 0 prints nothing. */
  verbose: ProgbarVerbose;
  /** Milliseconds, from the trainer's clock. */
  now: () => number;
}

export class ProgbarLogger extends Callback {
  private readonly verbose: ProgbarVerbose;
  private readonly now: () => number;
  private epochStart = 0;

  constructor(options: ProgbarLoggerOptions) {
    super('ProgbarLogger');
    this.verbose = options.verbose;
    this.now = options.now;
  }

  override onEpochBegin(epoch: number): void {
    this.epochStart = this.now();
    const epochs = this.params.epochs ?? 1;
    if (this.verbose !== 0 && epochs > 1) this.print(`Epoch ${epoch + 1}/${epochs}`);
  }

  override onEpochEnd(_epoch: number, logs: Logs): void {
    if (this.verbose === 0) return;
    const target = this.params.steps ?? 1;
    const elapsed = (this.now() - this.epochStart) / 1000;
    this.print(progbarLine(this.verbose, { current: target, target, elapsed, secondsPerStep: elapsed / target, logs }));
  }
}
