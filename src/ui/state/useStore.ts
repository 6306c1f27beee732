/** The thin React side of a store: read a slice with `useSyncExternalStore`. */
import { useSyncExternalStore } from 'react';
import type { Store } from './createStore';

export function useStore<T extends object, S>(store: Store<T>, select: (state: T) => S): S {
  return useSyncExternalStore(
    store.subscribe,
    () => select(store.getState()),
    () => select(store.getState()),
  );
}

/**
 * The same store, but its subscribers hear of changes at most once per
 * animation frame, and at most once every `minIntervalMs` (a number, or a
 * function of how long the last delivery took, for an interval that
 * adapts), however often it changes: a fast run posts many messages a
 * second, and a chart redraw costs far more than a counter's. The last
 * change is always delivered.
 *
 * A delivery's cost runs from calling the listener to the next task: React
 * renders a store update in microtasks after the listener returns, and a
 * recharts chart then re-renders itself several times over from its own
 * store, all before that task, so a commit-to-layout-effect timing would
 * see only the first of those passes.
 *
 * `urgent(delivered, current)` names changes that may not wait out the
 * interval (a run's status, say): they are delivered at the next frame.
 */
export function frameThrottled<T extends object>(
  store: Store<T>,
  minIntervalMs: number | ((lastDeliveryMs: number) => number) = 0,
  firstDelayMs = 0,
  urgent?: (delivered: T, current: T) => boolean,
): Store<T> {
  const interval = typeof minIntervalMs === 'function' ? minIntervalMs : () => minIntervalMs;
  return {
    getState: store.getState,
    setState: store.setState,
    subscribe: (listener) => {
      let pending = false;
      let frame: number | null = null;
      let timer: ReturnType<typeof setTimeout> | null = null;
      let lastCost = 0;
      let delivered = store.getState();
      // A first delay staggers several throttled subscribers, so each redraws in its own task.
      let lastDelivered = performance.now() - interval(lastCost) + firstDelayMs;
      const deliver = () => {
        timer = null;
        frame = requestAnimationFrame(() => {
          frame = null;
          pending = false;
          const started = performance.now();
          lastDelivered = started;
          delivered = store.getState();
          listener();
          setTimeout(() => (lastCost = performance.now() - started), 0);
        });
      };
      const unsubscribe = store.subscribe(() => {
        const now = urgent?.(delivered, store.getState()) ?? false;
        if (pending && !(now && timer !== null)) return;
        if (timer !== null) clearTimeout(timer);
        pending = true;
        const wait = now ? 0 : lastDelivered + interval(lastCost) - performance.now();
        if (wait > 0) timer = setTimeout(deliver, wait);
        else deliver();
      });
      return () => {
        if (frame !== null) cancelAnimationFrame(frame);
        if (timer !== null) clearTimeout(timer);
        unsubscribe();
      };
    },
  };
}
