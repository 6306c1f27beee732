/**
 * Folds many small state changes into one: four workers send up to ~30
 * messages a second each, and every React update of the compare panel
 * redraws its three charts and the table, which would keep the main thread
 * (one of two cores on a small machine) busy and slow the workers down.
 * Changes wait until the next flush, at most `interval()` after the first
 * one queued; an urgent change (the last run ended) flushes at once.
 */
import { redrawInterval, type RedrawBudget } from '../state/redrawBudget';

export type Change<T> = (current: T) => T;

export interface FlushTimer {
  set(callback: () => void, delayMs: number): unknown;
  clear(handle: unknown): void;
}

export const browserTimer: FlushTimer = {
  set: (callback, delayMs) => setTimeout(callback, delayMs),
  clear: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
};

export class ChangeQueue<T> {
  private pending: Change<T>[] = [];
  private timer: { handle: unknown; urgent: boolean } | null = null;

  constructor(
    private readonly apply: (change: Change<T>) => void,
    private readonly interval: () => number,
    private readonly clock: FlushTimer = browserTimer,
  ) {}

  push(change: Change<T>, urgent = false): void {
    this.pending.push(change);
    if (this.timer && (this.timer.urgent || !urgent)) return;
    if (this.timer) this.clock.clear(this.timer.handle);
    this.timer = { handle: this.clock.set(() => this.flush(), urgent ? 0 : this.interval()), urgent };
  }

  /** Applies every queued change, in order, as one. */
  flush(): void {
    if (this.timer) this.clock.clear(this.timer.handle);
    this.timer = null;
    const changes = this.pending;
    this.pending = [];
    if (changes.length > 0) this.apply((current) => changes.reduce((value, change) => change(value), current));
  }

  /** Drops what is queued (the runs it belongs to were replaced). */
  cancel(): void {
    if (this.timer) this.clock.clear(this.timer.handle);
    this.timer = null;
    this.pending = [];
  }
}

/** While runs train, the compare panel's redraws (three charts and the table) may take about 5 % of the main thread. */
export const COMPARE_REDRAW_BUDGET: RedrawBudget = { share: 0.05, minMs: 1_000, maxMs: 5_000 };

/** The wait before the next redraw, given what the last one cost. */
export function redrawIntervalFor(lastRedrawMs: number): number {
  return redrawInterval(lastRedrawMs, COMPARE_REDRAW_BUDGET);
}
