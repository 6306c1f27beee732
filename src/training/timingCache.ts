/**
 * Where `auto`'s timings are kept between visits: a small IndexedDB
 * database of its own (idb-keyval), versioned, keyed by device and model
 * shape (backendTimings.ts), with a copy in memory for this worker. A
 * record that does not read back as timings is ignored (measured again).
 */
import { createStore, get, set, type UseStore } from 'idb-keyval';
import type { TimingCache } from './autoBackend';
import { BACKEND_NAMES, type BackendTiming } from './protocol';

const VERSION = 1;

interface TimingRecord {
  v: typeof VERSION;
  timings: BackendTiming[];
  measuredAt: number;
}

function isTiming(value: unknown): value is BackendTiming {
  if (typeof value !== 'object' || value === null) return false;
  const timing = value as Record<string, unknown>;
  return (
    (BACKEND_NAMES as readonly unknown[]).includes(timing['name']) &&
    (timing['msPerEpoch'] === null || (typeof timing['msPerEpoch'] === 'number' && Number.isFinite(timing['msPerEpoch']) && timing['msPerEpoch'] >= 0)) &&
    (timing['note'] === null || typeof timing['note'] === 'string')
  );
}

/** The timings of a stored record, or null for anything else (an older version, damage). */
export function readTimingRecord(raw: unknown): BackendTiming[] | null {
  if (typeof raw !== 'object' || raw === null) return null;
  const record = raw as Partial<TimingRecord>;
  if (record.v !== VERSION || !Array.isArray(record.timings) || !record.timings.every(isTiming)) return null;
  return record.timings;
}

export function timingCache(idb: UseStore | null = openDatabase(), now: () => number = Date.now): TimingCache {
  const memory = new Map<string, BackendTiming[]>();
  return {
    async get(key) {
      const known = memory.get(key);
      if (known) return known;
      if (!idb) return null;
      const timings = readTimingRecord(await withinMs(get(key, idb), OPEN_TIMEOUT_MS));
      if (timings) memory.set(key, timings);
      return timings;
    },
    async set(key, timings) {
      memory.set(key, timings);
      if (idb) await withinMs(set(key, { v: VERSION, timings, measuredAt: now() } satisfies TimingRecord, idb), OPEN_TIMEOUT_MS);
    },
  };
}

/** A frame in an opaque-origin page gets no answer from `indexedDB.open` (DESIGN.md §5): then there is no cache, not a stuck run. */
const OPEN_TIMEOUT_MS = 1500;

function withinMs<T>(promise: Promise<T>, ms: number): Promise<T | null> {
  return Promise.race([promise, new Promise<null>((resolve) => setTimeout(() => resolve(null), ms))]);
}

function openDatabase(): UseStore | null {
  return typeof indexedDB === 'undefined' ? null : createStore('plateau-backend-timings', 'timings');
}
