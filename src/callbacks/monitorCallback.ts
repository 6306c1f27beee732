/**
 * The shared base of EarlyStopping, ReduceLROnPlateau and ModelCheckpoint,
 * mirroring `keras/src/callbacks/monitor_callback.py`: it owns `monitor`,
 * `mode`, `minDelta`, `best` and the one comparison, `isImprovement`.
 *
 * Keras compares in float32 (`ops.less` on float32 operands, after a float64
 * subtraction of `min_delta`); so does this, with `Math.fround`.
 */
import { Callback } from './callback';
import { KerasError } from './errors';
import type { CallbackState, Logs } from './types';

export type MonitorMode = 'auto' | 'min' | 'max';
export type MonitorOp = 'less' | 'greater';

const MODES: readonly string[] = ['auto', 'min', 'max'];

export abstract class MonitorCallback extends Callback {
  readonly monitor: string;
  readonly mode: MonitorMode;
  best: number | null;
  /** Sign-adjusted once the direction is known: negative when lower is better. */
  minDelta: number;
  monitorOp: MonitorOp | null = null;
  private readonly constructionWarnings: string[] = [];

  constructor(kerasName: string, monitor: string, mode: string, baseline: number | null, minDelta: number) {
    super(kerasName);
    if (!MODES.includes(mode)) {
      this.constructionWarnings.push(`${kerasName} mode '${mode}' is unknown, fallback to auto mode.`);
      mode = 'auto';
    }
    this.monitor = monitor;
    this.mode = mode as MonitorMode;
    this.best = baseline;
    this.minDelta = Math.abs(minDelta);
  }

  override setHost(host: Parameters<Callback['setHost']>[0]): void {
    super.setHost(host);
    for (const message of this.constructionWarnings.splice(0)) this.warn(message);
  }

  override getState(): CallbackState {
    return { best: this.best };
  }

  override setState(state: CallbackState): void {
    this.best = state['best'] ?? null;
  }

  /** Resolves the comparison from `mode`, or from the compiled metrics for `'auto'`. */
  protected setMonitorOp(): void {
    if (this.mode === 'min') this.monitorOp = 'less';
    else if (this.mode === 'max') this.monitorOp = 'greater';
    else {
      const metricName = this.monitor.startsWith('val_') ? this.monitor.slice(4) : this.monitor;
      if (metricName === 'loss') this.monitorOp = 'less';
      for (const metric of this.host.metrics) {
        if (metric.name === metricName) this.monitorOp = metric.direction === 'up' ? 'greater' : 'less';
      }
      if (this.monitorOp === null) {
        throw new KerasError(
          'ValueError',
          `${this.kerasName} callback received monitor=${this.monitor}, but Keras isn't able to ` +
            'automatically determine whether that metric should be maximized or minimized. ' +
            "Pass `mode='max'` in order to monitor based on the highest metric value, or pass " +
            "`mode='min'` in order to use the lowest value.",
        );
      }
    }
    if (this.monitorOp === 'less') this.minDelta *= -1;
  }

  protected isImprovement(value: number, reference: number | null): boolean {
    if (reference === null) return true;
    const candidate = Math.fround(value - this.minDelta);
    const against = Math.fround(reference);
    return this.monitorOp === 'less' ? candidate < against : candidate > against;
  }

  /** Keras's `', '.join(logs.keys())` in its "not available" warnings. */
  protected static availableMetrics(logs: Logs): string {
    return Object.keys(logs).join(',');
  }
}
