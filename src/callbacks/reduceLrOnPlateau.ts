/**
 * Mirrors `keras/src/callbacks/reduce_lr_on_plateau.py` (Keras 3.16).
 * The learning rate is read back as the float32 the optimizer holds; the new
 * rate is computed in float64 and printed before the optimizer rounds it, as
 * Keras does.
 */
import { invalidParam } from './errors';
import { pyFloatRepr } from './format/pythonRepr';
import { MonitorCallback } from './monitorCallback';
import type { CallbackState, Logs } from './types';

export interface ReduceLROnPlateauOptions {
  monitor?: string;
  factor?: number;
  patience?: number;
  verbose?: number;
  mode?: string;
  minDelta?: number;
  cooldown?: number;
  minLr?: number;
}

export class ReduceLROnPlateau extends MonitorCallback {
  readonly factor: number;
  readonly patience: number;
  readonly verbose: number;
  readonly cooldown: number;
  readonly minLr: number;
  wait = 0;
  cooldownCounter = 0;

  constructor(options: ReduceLROnPlateauOptions = {}) {
    super('ReduceLROnPlateau', options.monitor ?? 'val_loss', options.mode ?? 'auto', null, options.minDelta ?? 1e-4);
    const factor = options.factor ?? 0.1;
    if (factor >= 1.0) {
      throw invalidParam(
        'factor',
        `ReduceLROnPlateau does not support a factor >= 1.0. Received factor=${pyFloatRepr(factor)}`,
      );
    }
    this.factor = factor;
    this.minLr = options.minLr ?? 0.0;
    this.patience = options.patience ?? 10;
    this.verbose = options.verbose ?? 0;
    this.cooldown = options.cooldown ?? 0;
  }

  inCooldown(): boolean {
    return this.cooldownCounter > 0;
  }

  override getState(): CallbackState {
    return { ...super.getState(), wait: this.wait, cooldownCounter: this.cooldownCounter };
  }

  override setState(state: CallbackState): void {
    super.setState(state);
    this.wait = state['wait'] ?? 0;
    this.cooldownCounter = state['cooldownCounter'] ?? 0;
  }

  override onTrainBegin(): void {
    this.best = null;
    this.cooldownCounter = 0;
    this.wait = 0;
  }

  override onEpochEnd(epoch: number, logs: Logs): void {
    if (this.monitorOp === null) this.setMonitorOp();
    logs.learning_rate = this.host.port.getLearningRate();
    const current = logs[this.monitor];
    if (current === undefined) {
      this.warn(
        `Learning rate reduction is conditioned on metric \`${this.monitor}\` which is not available. ` +
          `Available metrics are: ${MonitorCallback.availableMetrics(logs)}.`,
      );
      return;
    }
    if (this.inCooldown()) {
      this.cooldownCounter -= 1;
      this.wait = 0;
    }
    if (this.isImprovement(current, this.best)) {
      this.best = current;
      this.wait = 0;
    } else if (!this.inCooldown()) {
      this.wait += 1;
      if (this.wait >= this.patience && this.reduceLearningRate(epoch)) {
        this.cooldownCounter = this.cooldown;
        this.wait = 0;
      }
    }
  }

  private reduceLearningRate(epoch: number): boolean {
    const port = this.host.port;
    const oldLr = port.getLearningRate();
    if (!(oldLr > Math.fround(this.minLr))) return false;
    const newLr = Math.max(oldLr * this.factor, this.minLr);
    port.setLearningRate(newLr);
    const message = `Epoch ${epoch + 1}: ReduceLROnPlateau reducing learning rate to ${pyFloatRepr(newLr)}.`;
    if (this.verbose > 0) this.print(`\n${message}`);
    this.emit('lr_reduced', message, { value: port.getLearningRate() });
    return true;
  }
}
