/** The thin React side of a store: read a slice with `useSyncExternalStore`. */
import { useSyncExternalStore } from 'react';
import type { Store } from './createStore';
import { inFrameAt } from './frameAt';
import { beatAtOrAfter } from './liveBeat';

export function useStore<T extends object, S>(store: Store<T>, select: (state: T) => S): S {
  return useSyncExternalStore(
    store.subscribe,
    () => select(store.getState()),
    () => select(store.getState()),
  );
}

export interface ThrottleOptions<T> {
  /** The least time between deliveries: a number, or a function of how long the last delivery took, for an interval that adapts. */
  minIntervalMs?: number | ((lastDeliveryMs: number) => number);
  /**
   * Deliveries wait for the next multiple of this many milliseconds of the
   * page's clock, so that views throttled on the same beat change in the
   * same frame: the browser then lays out, paints and composites the page
   * once for all of them, not once for each.
   */
  beatMs?: number;
  /** Where in the beat deliveries land: views on different phases of one beat change in different frames. */
  beatPhaseMs?: number;
  /** Changes that may not wait out the interval (a run's status, say): they are delivered at the next frame. */
  urgent?: (delivered: T, current: T) => boolean;
  /**
   * Changes delivered there and then, in the task that made them, not at a
   * frame: React renders them in that task's microtasks and the browser
   * paints them in its next frame (a run's first epoch, `firstEpochMs`).
   */
  immediate?: (delivered: T, current: T) => boolean;
}

/**
 * The same store, but its subscribers hear of changes at most once per
 * animation frame, and at most once every `minIntervalMs`, however often it
 * changes: a fast run posts many messages a second, and a chart redraw costs
 * far more than a counter's. The last change is always delivered.
 *
 * A delivery's cost runs from calling the listener to the next task: React
 * renders a store update in microtasks after the listener returns, and a
 * recharts chart then re-renders itself several times over from its own
 * store, all before that task, so a commit-to-layout-effect timing would
 * see only the first of those passes.
 */
export function frameThrottled<T extends object>(store: Store<T>, { minIntervalMs = 0, beatMs = 0, beatPhaseMs = 0, urgent, immediate }: ThrottleOptions<T> = {}): Store<T> {
  const interval = typeof minIntervalMs === 'function' ? minIntervalMs : () => minIntervalMs;
  const onBeat = (time: number) => (beatMs > 0 ? beatAtOrAfter(time, beatMs, beatPhaseMs) : time);
  return {
    getState: store.getState,
    setState: store.setState,
    subscribe: (listener) => {
      let pending = false;
      let cancel: (() => void) | null = null;
      let lastCost = 0;
      let delivered = store.getState();
      // When the last delivery was (or the pending one is) due: the next is due an interval after it.
      let lastDue = -Infinity;
      const deliverAt = (due: number) => {
        lastDue = due;
        cancel = inFrameAt(due, () => {
          cancel = null;
          pending = false;
          const started = performance.now();
          delivered = store.getState();
          listener();
          setTimeout(() => (lastCost = performance.now() - started), 0);
        });
      };
      const unsubscribe = store.subscribe(() => {
        const time = performance.now();
        if (immediate?.(delivered, store.getState())) {
          cancel?.();
          cancel = null;
          pending = false;
          lastDue = time;
          delivered = store.getState();
          listener();
          return;
        }
        const now = urgent?.(delivered, store.getState()) ?? false;
        if (pending && !(now && lastDue > time)) return;
        cancel?.();
        pending = true;
        // The first beat that is both an interval after the last delivery and not in the past.
        deliverAt(now ? time : onBeat(Math.max(lastDue + interval(lastCost), time)));
      });
      return () => {
        cancel?.();
        unsubscribe();
      };
    },
  };
}
