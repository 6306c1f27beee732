/**
 * A minimal vanilla store in the shape of zustand's `vanilla.ts`: state,
 * an update that merges a patch, and subscriptions. No React here, so the
 * stores built on it are tested in node.
 */
export type StateUpdate<T> = Partial<T> | ((state: T) => Partial<T>);

export interface Store<T> {
  getState: () => T;
  setState: (update: StateUpdate<T>) => void;
  subscribe: (listener: () => void) => () => void;
}

export function createStore<T extends object>(initial: T): Store<T> {
  let state = initial;
  const listeners = new Set<() => void>();
  return {
    getState: () => state,
    setState: (update) => {
      const patch = typeof update === 'function' ? update(state) : update;
      if (Object.keys(patch).length === 0) return;
      state = { ...state, ...patch };
      for (const listener of listeners) listener();
    },
    subscribe: (listener) => {
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
      };
    },
  };
}
