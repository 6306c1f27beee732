/**
 * LR Coach's memory in IndexedDB (idb-keyval), one record per task kind,
 * versioned (`v`) and validated when read: a damaged or foreign record reads
 * as no memory, and the coach starts cold.
 */
import { createStore, del, get, keys, set, type UseStore } from 'idb-keyval';
import type { CoachMemory } from '../callbacks';
import { parseCoachMemory } from '../config/coachMemoryFile';

const DATABASE = 'plateau-lr-coach';
const OBJECT_STORE = 'memory';

export interface CoachMemoryStore {
  load(taskKind: string): Promise<CoachMemory | null>;
  save(memory: CoachMemory): Promise<void>;
  reset(taskKind: string): Promise<void>;
  taskKinds(): Promise<string[]>;
}

export function openCoachMemoryStore(store: UseStore = createStore(DATABASE, OBJECT_STORE)): CoachMemoryStore {
  return {
    async load(taskKind) {
      const raw: unknown = await get(taskKind, store);
      if (raw === undefined) return null;
      const parsed = parseCoachMemory(raw);
      return parsed.ok ? parsed.value : null;
    },
    save: (memory) => set(memory.taskKind, memory, store),
    reset: (taskKind) => del(taskKind, store),
    async taskKinds() {
      return (await keys(store)).filter((key): key is string => typeof key === 'string');
    },
  };
}
