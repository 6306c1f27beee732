import 'fake-indexeddb/auto';
import { createStore, set } from 'idb-keyval';
import { expect, test } from 'vitest';
import { readTimingRecord, timingCache } from './timingCache';

const timings = [
  { name: 'wasm' as const, msPerEpoch: 31, note: null },
  { name: 'webgpu' as const, msPerEpoch: null, note: 'software adapter' },
];

test('timings survive into a new worker (a new cache on the same database)', async () => {
  const idb = createStore('timings-test-1', 'timings');
  await timingCache(idb).set('key', timings);
  expect(await timingCache(idb).get('key')).toEqual(timings);
  expect(await timingCache(idb).get('other')).toBeNull();
});

test('a damaged or older record is ignored, so the backends are measured again', async () => {
  const idb = createStore('timings-test-2', 'timings');
  await set('key', { v: 0, timings }, idb);
  expect(await timingCache(idb).get('key')).toBeNull();
  expect(readTimingRecord({ v: 1, timings: [{ name: 'tpu', msPerEpoch: 1, note: null }] })).toBeNull();
  expect(readTimingRecord({ v: 1, timings: [{ name: 'wasm', msPerEpoch: -1, note: null }] })).toBeNull();
  expect(readTimingRecord('nonsense')).toBeNull();
});

test('without IndexedDB it keeps timings for this worker only', async () => {
  const cache = timingCache(null);
  await cache.set('key', timings);
  expect(await cache.get('key')).toEqual(timings);
});
