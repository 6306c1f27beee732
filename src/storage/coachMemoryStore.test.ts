import 'fake-indexeddb/auto';
import { createStore, set } from 'idb-keyval';
import { describe, expect, it } from 'vitest';
import { DEFAULT_FACTORS } from '../callbacks';
import { memoryOf } from '../callbacks/lrCoach/coachMemory';
import { priorModels } from '../callbacks/lrCoach/coachPolicy';
import { openCoachMemoryStore } from './coachMemoryStore';

describe('coach memory store', () => {
  it('keeps a memory per task kind across opens, and resets it', async () => {
    const idb = createStore('coach-test-1', 'memory');
    const memory = memoryOf('classification', DEFAULT_FACTORS, priorModels(DEFAULT_FACTORS), 3);
    await openCoachMemoryStore(idb).save(memory);
    const reopened = openCoachMemoryStore(idb);
    expect(await reopened.load('classification')).toEqual(memory);
    expect(await reopened.load('regression')).toBeNull();
    expect(await reopened.taskKinds()).toEqual(['classification']);
    await reopened.reset('classification');
    expect(await reopened.load('classification')).toBeNull();
  });

  it('reads a record that is not a memory as none', async () => {
    const idb = createStore('coach-test-2', 'memory');
    await set('classification', { v: 1, hello: 'world' }, idb);
    expect(await openCoachMemoryStore(idb).load('classification')).toBeNull();
  });
});
