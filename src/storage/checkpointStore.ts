/**
 * The checkpoint store: ModelCheckpoint's saves in IndexedDB, one entry per
 * run and file name, written atomically (see saveCheckpoint.ts), listed
 * without their weights, loaded whole, deleted one by one or all at once.
 *
 * The page (listing, restore, download) and the worker (saving) each open
 * their own store over the same database.
 */
import { createStore, type UseStore } from 'idb-keyval';
import type { CheckpointInput, CheckpointSummary, LoadedCheckpoint, RunCheckpoints } from './checkpointEntry';
import type { CheckpointId } from './checkpointKeys';
import { listCheckpoints } from './listCheckpoints';
import { loadCheckpoint } from './loadCheckpoint';
import { collectGarbage, deleteAllCheckpoints, deleteCheckpoint } from './removeCheckpoints';
import { writeCheckpoints } from './saveCheckpoint';

// A database of its own: idb-keyval creates its object store only when it
// creates the database, so stores added to a shared database later would be missing.
export const CHECKPOINT_DATABASE = 'plateau-checkpoints';
export const CHECKPOINT_OBJECT_STORE = 'checkpoints';

/** Long beyond any save (milliseconds), short enough that crash debris does not pile up. */
const DEFAULT_ORPHAN_GRACE_MS = 10 * 60 * 1000;

export interface CheckpointStoreOptions {
  /** The idb-keyval store to use; tests pass one per database, or one that fails on cue. */
  idb?: UseStore;
  now?: () => number;
  /** How old an unreferenced payload must be before it is collected. */
  orphanGraceMs?: number;
  /** Runs inside a save's transaction before it commits: tests abort there to play a tab closed mid-save. */
  beforeCommit?: (abort: () => void) => void;
}

export interface CheckpointStore {
  /** Creates the entry, or replaces the one with the same run and name. */
  saveCheckpoint(input: CheckpointInput): Promise<CheckpointSummary>;
  /** Saves several entries in one write (one transaction); each run and name at most once. All are saved, or none. */
  saveCheckpoints(inputs: readonly CheckpointInput[]): Promise<CheckpointSummary[]>;
  listCheckpoints(): Promise<RunCheckpoints[]>;
  loadCheckpoint(id: CheckpointId): Promise<LoadedCheckpoint | null>;
  deleteCheckpoint(id: CheckpointId): Promise<boolean>;
  deleteAll(): Promise<void>;
  /** Deletes payloads left by interrupted saves (returns how many), and history no entry refers to. Runs on open. */
  collectGarbage(): Promise<number>;
}

export async function openCheckpointStore(options: CheckpointStoreOptions = {}): Promise<CheckpointStore> {
  const idb = options.idb ?? createStore(CHECKPOINT_DATABASE, CHECKPOINT_OBJECT_STORE);
  const now = options.now ?? Date.now;
  const graceMs = options.orphanGraceMs ?? DEFAULT_ORPHAN_GRACE_MS;
  const writeContext = { idb, now, beforeCommit: options.beforeCommit };
  // Saves run one at a time, so that of two saves to the same name the later request always wins.
  let writes: Promise<unknown> = Promise.resolve();

  const saveCheckpoints = (inputs: readonly CheckpointInput[]): Promise<CheckpointSummary[]> => {
    const write = writes.then(() => writeCheckpoints(writeContext, inputs));
    writes = write.catch(() => undefined);
    return write;
  };

  const store: CheckpointStore = {
    saveCheckpoint: async (input) => {
      const [summary] = await saveCheckpoints([input]);
      if (!summary) throw new Error(`checkpoint "${input.name}" was not saved`);
      return summary;
    },
    saveCheckpoints,
    listCheckpoints: () => listCheckpoints(idb),
    loadCheckpoint: (id) => loadCheckpoint(idb, id),
    deleteCheckpoint: (id) => deleteCheckpoint(idb, id),
    deleteAll: () => deleteAllCheckpoints(idb),
    collectGarbage: () => collectGarbage(idb, now(), graceMs),
  };
  await store.collectGarbage();
  return store;
}
