/** Where a kept run lives: its head and its body under two keys of their own, so a listing reads only heads. */

export type RunKey = ['run-head', string] | ['run-body', string];

export const headKey = (id: string): RunKey => ['run-head', id];
export const bodyKey = (id: string): RunKey => ['run-body', id];

/** Every head (a function: `IDBKeyRange` exists only where IndexedDB does). */
export function headRange(): IDBKeyRange {
  return IDBKeyRange.bound(['run-head'], ['run-head', []]);
}

export function headIdOf(key: IDBValidKey): string | null {
  return Array.isArray(key) && key[0] === 'run-head' && typeof key[1] === 'string' ? key[1] : null;
}

/** A fresh run's id: its start time, and a random part so two tabs never collide. */
export function newRunId(now: number): string {
  return `run-${now.toString(36)}-${Math.random().toString(36).slice(2, 8)}`;
}
