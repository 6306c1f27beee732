/**
 * The run store: every run the page trained (or imported) kept in
 * IndexedDB, each as a head and a body (runRecord.ts), within a storage
 * budget (runBudget.ts). A write puts both records in one transaction, so a
 * run is never half-stored; a damaged record is listed as damaged, with
 * why, and never stops the others from listing.
 *
 * The store keeps the size of every kept run in memory (read when it opens,
 * refreshed by each listing), so a write reads only its own head, never
 * the whole list.
 */
import { createStore, type UseStore } from 'idb-keyval';
import { chooseEvictions, oldestUnnamed, type BudgetEntry } from './runBudget';
import { bodyKey, headIdOf, headKey, headRange } from './runKeys';
import { decodeBody, decodeHead, encodeRun, type RunBody, type RunHead, type RunRecord } from './runRecord';
import { isRawRecord } from './recordMigration';
import { isQuotaExceededError } from './storageQuotaError';
import { runTransaction } from './transaction';

export const RUN_DATABASE = 'plateau-runs';
export const RUN_OBJECT_STORE = 'runs';
/** About a thousand runs of 200 epochs. */
export const DEFAULT_RUN_BUDGET_BYTES = 25 * 1024 * 1024;
/** A full disk gets this many tries, one more run removed before each. */
const QUOTA_RETRIES = 5;

export interface RemovedRun {
  id: string;
  /** Its name, or when it was made, for the notice. */
  createdAt: number;
}

export interface PutOutcome {
  /** Unnamed runs removed to make room, oldest first. */
  evicted: RemovedRun[];
  /** Bytes over the budget that only named runs (or this one) hold: kept, and said. */
  overBy: number;
  /** The browser's storage was full and runs were removed to make room. */
  quotaFull: boolean;
}

export interface DamagedRun {
  id: string;
  reason: string;
}

export interface RunListing {
  /** Newest first. */
  runs: RunHead[];
  damaged: DamagedRun[];
  usedBytes: number;
  budgetBytes: number;
}

export type LoadedRun = { ok: true; head: RunHead; body: RunBody } | { ok: false; reason: string };

export interface RunStore {
  readonly budgetBytes: number;
  /** Creates or replaces the run; a name given meanwhile (`renameRun`) is kept. */
  putRun(record: RunRecord): Promise<PutOutcome>;
  listRuns(): Promise<RunListing>;
  /** Null when no such run is kept. */
  loadRun(id: string): Promise<LoadedRun | null>;
  /** An empty name makes the run unnamed again. False when no such run is kept. */
  renameRun(id: string, name: string): Promise<boolean>;
  deleteRun(id: string): Promise<void>;
}

export interface RunStoreOptions {
  idb?: UseStore;
  budgetBytes?: number;
}

function budgetEntryOf(id: string, raw: unknown): BudgetEntry {
  const record = isRawRecord(raw) ? raw : {};
  return {
    id,
    createdAt: typeof record.createdAt === 'number' ? record.createdAt : 0,
    named: typeof record.name === 'string' && record.name !== '',
    bytes: typeof record.bytes === 'number' ? record.bytes : 0,
  };
}

async function readHeads(idb: UseStore): Promise<{ keys: IDBValidKey[]; values: unknown[] }> {
  return runTransaction(idb, 'readonly', ({ store, after }) => {
    let keys: IDBValidKey[] = [];
    let values: unknown[] = [];
    after(store.getAllKeys(headRange()), (found) => {
      keys = found;
    });
    after(store.getAll(headRange()), (found: unknown[]) => {
      values = found;
    });
    return () => ({ keys, values });
  });
}

export async function openRunStore(options: RunStoreOptions = {}): Promise<RunStore> {
  const idb = options.idb ?? createStore(RUN_DATABASE, RUN_OBJECT_STORE);
  const budgetBytes = options.budgetBytes ?? DEFAULT_RUN_BUDGET_BYTES;
  const sizes = new Map<string, BudgetEntry>();
  let writes: Promise<unknown> = Promise.resolve();
  const queued = <T>(work: () => Promise<T>): Promise<T> => {
    const next = writes.then(work);
    writes = next.catch(() => undefined);
    return next;
  };

  const refresh = async () => {
    const { keys, values } = await readHeads(idb);
    sizes.clear();
    keys.forEach((key, index) => {
      const id = headIdOf(key);
      if (id !== null) sizes.set(id, budgetEntryOf(id, values[index]));
    });
    return { keys, values };
  };

  /** One transaction: removes `evict`, then puts the run, keeping a name given to it meanwhile. */
  const write = (encoded: ReturnType<typeof encodeRun>, evict: readonly string[]) =>
    runTransaction(idb, 'readwrite', ({ store, after }) => {
      for (const id of evict) {
        store.delete(headKey(id));
        store.delete(bodyKey(id));
      }
      const id = encoded.head.id;
      after(store.get(headKey(id)), (existing: unknown) => {
        const keptName = isRawRecord(existing) && typeof existing.name === 'string' ? existing.name : null;
        store.put({ ...encoded.head, name: keptName ?? encoded.head.name }, headKey(id));
        store.put(encoded.body, bodyKey(id));
      });
      return () => encoded.head;
    });

  const putRun = (record: RunRecord) =>
    queued(async () => {
      const id = record.head.id;
      const previous = sizes.get(id);
      const encoded = encodeRun(record);
      const bytes = encoded.head.bytes;
      const self: BudgetEntry = { id, createdAt: record.head.createdAt, named: previous?.named ?? (record.head.name ?? '') !== '', bytes };
      const plan = chooseEvictions([...[...sizes.values()].filter((entry) => entry.id !== id), self], budgetBytes, id);
      const evicted = plan.evict.map((gone) => ({ id: gone, createdAt: sizes.get(gone)?.createdAt ?? 0 }));
      let quotaFull = false;
      for (let attempt = 0; ; attempt++) {
        try {
          await write(encoded, evicted.map((entry) => entry.id));
          break;
        } catch (error) {
          const room = isQuotaExceededError(error) && attempt < QUOTA_RETRIES ? oldestUnnamed([...sizes.values()].filter((entry) => !evicted.some((gone) => gone.id === entry.id)), id) : null;
          if (room === null) throw error;
          quotaFull = true;
          evicted.push({ id: room, createdAt: sizes.get(room)?.createdAt ?? 0 });
        }
      }
      for (const gone of evicted) sizes.delete(gone.id);
      sizes.set(id, self);
      return { evicted, overBy: plan.overBy, quotaFull };
    });

  const listRuns = async (): Promise<RunListing> => {
    const { keys, values } = await refresh();
    const runs: RunHead[] = [];
    const damaged: DamagedRun[] = [];
    keys.forEach((key, index) => {
      const id = headIdOf(key);
      if (id === null) return;
      const decoded = decodeHead(values[index]);
      if (decoded.ok && decoded.value.id === id) runs.push(decoded.value);
      else damaged.push({ id, reason: decoded.ok ? `run record says it is ${decoded.value.id}` : decoded.reason });
    });
    runs.sort((a, b) => b.createdAt - a.createdAt || b.id.localeCompare(a.id));
    const usedBytes = [...sizes.values()].reduce((sum, entry) => sum + entry.bytes, 0);
    return { runs, damaged, usedBytes, budgetBytes };
  };

  const loadRun = async (id: string): Promise<LoadedRun | null> => {
    const [rawHead, rawBody] = await runTransaction(idb, 'readonly', ({ store, after }) => {
      let found: [unknown, unknown] = [undefined, undefined];
      after(store.get(headKey(id)), (head: unknown) => (found = [head, found[1]]));
      after(store.get(bodyKey(id)), (body: unknown) => (found = [found[0], body]));
      return () => found;
    });
    if (rawHead === undefined) return null;
    const head = decodeHead(rawHead);
    if (!head.ok) return head;
    if (rawBody === undefined) return { ok: false, reason: 'its epoch history is missing' };
    const body = decodeBody(rawBody);
    if (!body.ok) return body;
    if (body.value.id !== id) return { ok: false, reason: `its epoch history belongs to ${body.value.id}` };
    return { ok: true, head: head.value, body: body.value };
  };

  const renameRun = (id: string, name: string) =>
    queued(() =>
      runTransaction(idb, 'readwrite', ({ store, after }) => {
        let renamed = false;
        after(store.get(headKey(id)), (existing: unknown) => {
          if (!isRawRecord(existing)) return;
          const trimmed = name.trim();
          store.put({ ...existing, name: trimmed === '' ? null : trimmed }, headKey(id));
          renamed = true;
          const entry = sizes.get(id);
          if (entry) sizes.set(id, { ...entry, named: trimmed !== '' });
        });
        return () => renamed;
      }),
    );

  const deleteRun = (id: string) =>
    queued(async () => {
      await runTransaction(idb, 'readwrite', ({ store }) => {
        store.delete(headKey(id));
        store.delete(bodyKey(id));
        return () => undefined;
      });
      sizes.delete(id);
    });

  await refresh();
  return { budgetBytes, putRun, listRuns, loadRun, renameRun, deleteRun };
}
