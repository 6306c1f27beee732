/**
 * Mirrors `keras/src/callbacks/learning_rate_scheduler.py` (Keras 3.16): at
 * each epoch's start, `schedule(epoch, lr)` gives the new rate; at its end
 * the rate is written into the logs as `learning_rate`. A one-argument
 * schedule (Keras's "old API") simply ignores `lr`.
 */
import { Callback } from './callback';
import { KerasError } from './errors';
import { pyFloatRepr } from './format/pythonRepr';
import type { Logs } from './types';

export type Schedule = (epoch: number, lr: number) => unknown;

export interface LearningRateSchedulerOptions {
  schedule: Schedule;
  verbose?: number;
}

/** Roughly what Python would print for the value a schedule returned. */
function describeValue(value: unknown): string {
  if (value === undefined || value === null) return 'None';
  if (typeof value === 'string') return value;
  if (typeof value === 'boolean' || typeof value === 'bigint') return String(value);
  if (typeof value === 'object') {
    try {
      return JSON.stringify(value);
    } catch {
      return 'an object';
    }
  }
  return `a ${typeof value}`;
}

export class LearningRateScheduler extends Callback {
  readonly schedule: Schedule;
  readonly verbose: number;

  constructor(options: LearningRateSchedulerOptions) {
    super('LearningRateScheduler');
    this.schedule = options.schedule;
    this.verbose = options.verbose ?? 0;
  }

  override onEpochBegin(epoch: number): void {
    const port = this.host.port;
    const learningRate = this.schedule(epoch, port.getLearningRate());
    if (typeof learningRate !== 'number') {
      throw new KerasError(
        'ValueError',
        `The output of the \`schedule\` function should be a float. Got: ${describeValue(learningRate)}`,
      );
    }
    port.setLearningRate(learningRate);
    const message = `Epoch ${epoch + 1}: LearningRateScheduler setting learning rate to ${pyFloatRepr(learningRate)}.`;
    if (this.verbose > 0) this.print(`\n${message}`);
    this.emit('lr_scheduled', message, { value: port.getLearningRate() });
  }

  override onEpochEnd(_epoch: number, logs: Logs): void {
    logs.learning_rate = this.host.port.getLearningRate();
  }
}
