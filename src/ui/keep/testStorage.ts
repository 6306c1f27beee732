/** A Map-backed storage for the tests of this folder. */
import type { KeptStorage } from './keptSetup';

export function memoryStorage(initial: Record<string, string> = {}): KeptStorage & { items: Map<string, string> } {
  const items = new Map(Object.entries(initial));
  return {
    items,
    getItem: (key) => items.get(key) ?? null,
    setItem: (key, value) => void items.set(key, value),
    removeItem: (key) => void items.delete(key),
  };
}
