/**
 * Records every epoch's logs, as `keras/src/callbacks/history.py` does.
 * CallbackList appends one to every stack, so it sees the values that the
 * callbacks before it wrote into the logs (`learning_rate`).
 */
import { Callback } from './callback';
import type { Logs } from './types';

export class History extends Callback {
  epochs: number[] = [];
  history: Record<string, number[]> = {};

  constructor() {
    super('History');
  }

  override onTrainBegin(): void {
    this.epochs = [];
  }

  override onEpochEnd(epoch: number, logs: Logs): void {
    this.epochs.push(epoch);
    for (const [key, value] of Object.entries(logs)) {
      (this.history[key] ??= []).push(value);
    }
  }
}
