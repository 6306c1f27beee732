/**
 * Folds many small state changes into one: each of up to sixteen variants
 * sends its own progress messages, and every React update of the compare panel
 * redraws its three charts and the table, which would keep the main thread
 * (one of two cores on a small machine) busy and slow the workers down.
 * Changes wait until the next flush: in the frame of the first whole second
 * at least `interval()` after the first one queued, so that the panel and
 * the checkpoint list change in one frame; an urgent change (the last run
 * ended) flushes in the next frame.
 */
import { inFrameAt } from '../state/frameAt';
import { beatAtOrAfter, SECOND_BEAT_MS } from '../state/liveBeat';
import { redrawInterval, type RedrawBudget } from '../state/redrawBudget';

export type Change<T> = (current: T) => T;

export interface FlushTimer {
  set(callback: () => void, delayMs: number): unknown;
  clear(handle: unknown): void;
}

/** Flushes in an animation frame on the next whole second at least `delayMs` away (SECOND_BEAT_MS); at once (the next frame) when the delay is 0. */
export const secondBeatTimer: FlushTimer = {
  set: (callback, delayMs) => {
    const now = performance.now();
    return inFrameAt(delayMs <= 0 ? now : beatAtOrAfter(now + delayMs, SECOND_BEAT_MS), callback);
  },
  clear: (handle) => (handle as () => void)(),
};

export class ChangeQueue<T> {
  private pending: Change<T>[] = [];
  private timer: { handle: unknown; urgent: boolean } | null = null;

  constructor(
    private readonly apply: (change: Change<T>) => void,
    private readonly interval: () => number,
    private readonly clock: FlushTimer = secondBeatTimer,
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
