import 'fake-indexeddb/auto';
import { createStore, set } from 'idb-keyval';
import { expect, test } from 'vitest';
import { readTimingRecord, timingCache, timingSoftware, TIMINGS_MAX_AGE_MS } from './timingCache';

const timings = [
  { name: 'wasm' as const, msPerEpoch: 31, note: null },
  { name: 'webgpu' as const, msPerEpoch: null, note: 'software adapter' },
];
const DAY = 24 * 60 * 60 * 1000;
const CHROME_131 = timingSoftware('Mozilla/5.0 Chrome/131.0.0.0');
const CHROME_132 = timingSoftware('Mozilla/5.0 Chrome/132.0.0.0');

/** A clock the test moves. */
function clock(start = 1_000 * DAY): { now: () => number; pass: (ms: number) => void } {
  let at = start;
  return { now: () => at, pass: (ms) => (at += ms) };
}

test('timings survive into a new worker (a new cache on the same database)', async () => {
  const idb = createStore('timings-test-1', 'timings');
  const time = clock();
  await timingCache(idb, time.now, CHROME_131).set('key', timings);
  expect(await timingCache(idb, time.now, CHROME_131).get('key')).toEqual(timings);
  expect(await timingCache(idb, time.now, CHROME_131).get('other')).toBeNull();
});

test('a damaged or older record is ignored, so the backends are measured again', async () => {
  const idb = createStore('timings-test-2', 'timings');
  const time = clock();
  // Version 1 kept no browser and never expired.
  await set('key', { v: 1, timings, measuredAt: time.now() }, idb);
  expect(await timingCache(idb, time.now, CHROME_131).get('key')).toBeNull();
  const record = { v: 2, measuredAt: time.now(), software: CHROME_131 };
  expect(readTimingRecord({ ...record, timings }, time.now(), CHROME_131)).toEqual(timings);
  expect(readTimingRecord({ ...record, timings: [{ name: 'tpu', msPerEpoch: 1, note: null }] }, time.now(), CHROME_131)).toBeNull();
  expect(readTimingRecord({ ...record, timings: [{ name: 'wasm', msPerEpoch: -1, note: null }] }, time.now(), CHROME_131)).toBeNull();
  expect(readTimingRecord({ ...record, timings, measuredAt: 'yesterday' }, time.now(), CHROME_131)).toBeNull();
  expect(readTimingRecord('nonsense', time.now(), CHROME_131)).toBeNull();
});

test('timings taken by another browser version are measured again', async () => {
  const idb = createStore('timings-test-3', 'timings');
  const time = clock();
  await timingCache(idb, time.now, CHROME_131).set('key', timings);
  expect(await timingCache(idb, time.now, CHROME_132).get('key')).toBeNull();
});

test('the tfjs version is part of what measured them', () => {
  expect(timingSoftware('a browser')).toMatch(/^tfjs \d+\.\d+\.\d+ \| a browser$/);
});

test('timings older than the longest age kept are measured again, in a new worker and in one that held them', async () => {
  const idb = createStore('timings-test-4', 'timings');
  const time = clock();
  const open = timingCache(idb, time.now, CHROME_131);
  await open.set('key', timings);
  time.pass(TIMINGS_MAX_AGE_MS);
  expect(await timingCache(idb, time.now, CHROME_131).get('key')).toEqual(timings);
  expect(await open.get('key')).toEqual(timings);
  time.pass(1);
  expect(await timingCache(idb, time.now, CHROME_131).get('key')).toBeNull();
  expect(await open.get('key')).toBeNull();
  // Measured again: fresh for another while.
  await open.set('key', timings);
  expect(await timingCache(idb, time.now, CHROME_131).get('key')).toEqual(timings);
});

test('timings dated after now (a clock set back) are measured again', async () => {
  const idb = createStore('timings-test-5', 'timings');
  const time = clock();
  await timingCache(idb, time.now, CHROME_131).set('key', timings);
  time.pass(-DAY);
  expect(await timingCache(idb, time.now, CHROME_131).get('key')).toBeNull();
});

test('without IndexedDB it keeps timings for this worker only', async () => {
  const cache = timingCache(null);
  await cache.set('key', timings);
  expect(await cache.get('key')).toEqual(timings);
});
