/**
 * Where `auto`'s timings are kept between visits: a small IndexedDB
 * database of its own (idb-keyval), versioned, keyed by device and model
 * shape (backendTimings.ts), with a copy in memory for this worker. A
 * record that does not read back as timings is ignored (measured again),
 * and so is a stale one: measured by another tfjs or browser (the user
 * agent changes with each browser update, and with it WebGPU and wasm
 * speeds), or more than `TIMINGS_MAX_AGE_MS` ago (drivers change unseen).
 */
import * as tf from '@tensorflow/tfjs';
import { createStore, get, set, type UseStore } from 'idb-keyval';
import type { TimingCache } from './autoBackend';
import { BACKEND_NAMES, type BackendTiming } from './protocol';

/** 2: records say which tfjs and browser measured them (version 1's never expired: measured again once). */
const VERSION = 2;

/** Timings older than this are measured again: a second or two once a fortnight. */
export const TIMINGS_MAX_AGE_MS = 14 * 24 * 60 * 60 * 1000;

interface TimingRecord {
  v: typeof VERSION;
  timings: BackendTiming[];
  measuredAt: number;
  /** What measured them (`timingSoftware`): timings hold for that tfjs in that browser. */
  software: string;
}

/** What the timings depend on besides the device and the model: tfjs's version and the browser's. */
export function timingSoftware(userAgent: string = globalThis.navigator?.userAgent ?? 'no user agent'): string {
  return `tfjs ${tf.version.tfjs} | ${userAgent}`;
}

/** Measured at `measuredAt`, still trusted at `now` (a clock set back makes them stale too). */
function fresh(measuredAt: number, now: number): boolean {
  const age = now - measuredAt;
  return age >= 0 && age <= TIMINGS_MAX_AGE_MS;
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

/** The timings of a stored record, or null for anything else (an older version, damage) or when stale at `now` for `software`. */
export function readTimingRecord(raw: unknown, now: number, software: string): BackendTiming[] | null {
  if (typeof raw !== 'object' || raw === null) return null;
  const record = raw as Partial<TimingRecord>;
  if (record.v !== VERSION || !Array.isArray(record.timings) || !record.timings.every(isTiming)) return null;
  if (record.software !== software || typeof record.measuredAt !== 'number' || !fresh(record.measuredAt, now)) return null;
  return record.timings;
}

export function timingCache(idb: UseStore | null = openDatabase(), now: () => number = Date.now, software: string = timingSoftware()): TimingCache {
  const memory = new Map<string, { timings: BackendTiming[]; measuredAt: number }>();
  return {
    async get(key) {
      const known = memory.get(key);
      // A worker may outlive its timings' age (a tab left open for weeks).
      if (known && fresh(known.measuredAt, now())) return known.timings;
      memory.delete(key);
      if (!idb) return null;
      const raw: unknown = await withinMs(get<unknown>(key, idb), OPEN_TIMEOUT_MS);
      const timings = readTimingRecord(raw, now(), software);
      if (timings) memory.set(key, { timings, measuredAt: (raw as TimingRecord).measuredAt });
      return timings;
    },
    async set(key, timings) {
      const measuredAt = now();
      memory.set(key, { timings, measuredAt });
      if (idb) await withinMs(set(key, { v: VERSION, timings, measuredAt, software } satisfies TimingRecord, idb), OPEN_TIMEOUT_MS);
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
