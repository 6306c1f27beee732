/**
 * Mirrors `keras/src/callbacks/early_stopping.py` (Keras 3.16), not tfjs's
 * Keras 2 port: `baseline` does not seed `best`, `startFromEpoch` delays
 * monitoring, and `restoreBestWeights` restores at the end of training even
 * when no early stop happened.
 */
import { MonitorCallback } from './monitorCallback';
import type { CallbackState, Logs, WeightsSnapshot } from './types';

export interface EarlyStoppingOptions {
  monitor?: string;
  minDelta?: number;
  patience?: number;
  verbose?: number;
  mode?: string;
  baseline?: number | null;
  restoreBestWeights?: boolean;
  startFromEpoch?: number;
}

export class EarlyStopping extends MonitorCallback {
  readonly patience: number;
  readonly verbose: number;
  readonly baseline: number | null;
  readonly restoreBestWeights: boolean;
  readonly startFromEpoch: number;
  wait = 0;
  stoppedEpoch = 0;
  bestEpoch = 0;
  bestWeights: WeightsSnapshot | null = null;

  constructor(options: EarlyStoppingOptions = {}) {
    super('EarlyStopping', options.monitor ?? 'val_loss', options.mode ?? 'auto', null, options.minDelta ?? 0);
    this.patience = options.patience ?? 0;
    this.verbose = options.verbose ?? 0;
    this.baseline = options.baseline ?? null;
    this.restoreBestWeights = options.restoreBestWeights ?? false;
    this.startFromEpoch = options.startFromEpoch ?? 0;
  }

  override onTrainBegin(): void {
    this.wait = 0;
    this.stoppedEpoch = 0;
    this.best = null;
    this.replaceBestWeights(null);
    this.bestEpoch = 0;
  }

  /** `bestWeights` is not kept: a resumed run has only the checkpoint's weights. */
  override getState(): CallbackState {
    return { ...super.getState(), wait: this.wait, stoppedEpoch: this.stoppedEpoch, bestEpoch: this.bestEpoch };
  }

  override setState(state: CallbackState): void {
    super.setState(state);
    this.wait = state['wait'] ?? 0;
    this.stoppedEpoch = state['stoppedEpoch'] ?? 0;
    this.bestEpoch = state['bestEpoch'] ?? 0;
  }

  override onEpochEnd(epoch: number, logs: Logs): void {
    if (this.monitorOp === null) this.setMonitorOp();
    const current = this.monitorValue(logs);
    if (current === undefined || epoch < this.startFromEpoch) return;
    if (this.restoreBestWeights && this.bestWeights === null) {
      this.replaceBestWeights(this.host.port.snapshotWeights());
      this.bestEpoch = epoch;
    }
    this.wait += 1;
    if (this.isImprovement(current, this.best)) {
      this.best = current;
      this.bestEpoch = epoch;
      if (this.restoreBestWeights) this.replaceBestWeights(this.host.port.snapshotWeights());
      if (this.baseline === null || this.isImprovement(current, this.baseline)) this.wait = 0;
      return;
    }
    if (this.wait >= this.patience && epoch > 0) {
      this.stoppedEpoch = epoch;
      this.host.requestStop(this.kerasName);
      this.emit('early_stopping', `Epoch ${epoch + 1}: early stopping`, { value: current });
    }
  }

  override onTrainEnd(): void {
    if (this.stoppedEpoch > 0 && this.verbose > 0) this.print(`Epoch ${this.stoppedEpoch + 1}: early stopping`);
    if (this.restoreBestWeights && this.bestWeights !== null) {
      const message = `Restoring model weights from the end of the best epoch: ${this.bestEpoch + 1}.`;
      if (this.verbose > 0) this.print(message);
      this.host.port.restoreWeights(this.bestWeights);
      this.emit('weights_restored', message, { value: this.bestEpoch });
      this.replaceBestWeights(null);
    }
  }

  private monitorValue(logs: Logs): number | undefined {
    const value = logs[this.monitor];
    if (value === undefined) {
      this.warn(
        `Early stopping conditioned on metric \`${this.monitor}\` which is not available. ` +
          `Available metrics are: ${MonitorCallback.availableMetrics(logs)}`,
      );
    }
    return value;
  }

  private replaceBestWeights(snapshot: WeightsSnapshot | null): void {
    if (this.bestWeights !== null) this.host.port.releaseWeights(this.bestWeights);
    this.bestWeights = snapshot;
  }
}
