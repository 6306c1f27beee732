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
 * function asked each time, for an interval that adapts), however often it
 * changes: a fast run posts many messages a second, and a chart redraw
 * costs far more than a counter's. The last change is always delivered.
 */
export function frameThrottled<T extends object>(store: Store<T>, minIntervalMs: number | (() => number) = 0, firstDelayMs = 0): Store<T> {
  const interval = typeof minIntervalMs === 'function' ? minIntervalMs : () => minIntervalMs;
  return {
    getState: store.getState,
    setState: store.setState,
    subscribe: (listener) => {
      let pending = false;
      let frame: number | null = null;
      let timer: ReturnType<typeof setTimeout> | null = null;
      // A first delay staggers several throttled subscribers, so each redraws in its own task.
      let lastDelivered = performance.now() - interval() + firstDelayMs;
      const deliver = () => {
        timer = null;
        frame = requestAnimationFrame(() => {
          frame = null;
          pending = false;
          lastDelivered = performance.now();
          listener();
        });
      };
      const unsubscribe = store.subscribe(() => {
        if (pending) return;
        pending = true;
        const wait = lastDelivered + interval() - performance.now();
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
