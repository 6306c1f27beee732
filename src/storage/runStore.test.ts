import 'fake-indexeddb/auto';
import { get, set, type UseStore } from 'idb-keyval';
import { describe, expect, it } from 'vitest';
import { bodyKey, headKey } from './runKeys';
import { openRunStore } from './runStore';
import { freshRunIdb, sampleRun } from './runTestKit';

describe('the run store', () => {
  it('keeps runs and lists them newest first, without reading their epochs', async () => {
    const store = await openRunStore({ idb: freshRunIdb() });
    await store.putRun(sampleRun('a', 1_000, 3));
    await store.putRun(sampleRun('b', 2_000, 5));
    const listing = await store.listRuns();
    expect(listing.runs.map((run) => run.id)).toEqual(['b', 'a']);
    expect(listing.runs[0]).toMatchObject({ epochs: 5, ending: 'finished', best: { key: 'val_loss' } });
    expect(listing.runs[0]?.config?.fit.epochs).toBeGreaterThan(0);
    expect(listing.damaged).toEqual([]);
    expect(listing.usedBytes).toBe(listing.runs.reduce((sum, run) => sum + run.bytes, 0));
  });

  it('loads a run whole, NaN and infinities as they were', async () => {
    const store = await openRunStore({ idb: freshRunIdb() });
    const run = sampleRun('a', 1_000, 2);
    run.body.history[1] = { epoch: 1, logs: { loss: Number.NaN, val_loss: Number.POSITIVE_INFINITY }, lrDuring: 0.01, lrAfter: 0.002 };
    await store.putRun(run);
    const loaded = await store.loadRun('a');
    expect(loaded?.ok).toBe(true);
    if (!loaded?.ok) return;
    expect(loaded.body.history[1]?.logs.loss).toBeNaN();
    expect(loaded.body.history[1]?.logs.val_loss).toBe(Number.POSITIVE_INFINITY);
    expect(loaded.body.events[0]?.kind).toBe('checkpoint_saved');
    expect(await store.loadRun('missing')).toBeNull();
  });

  it('keeps a name given while the run trains: its later writes do not undo the rename', async () => {
    const store = await openRunStore({ idb: freshRunIdb() });
    await store.putRun(sampleRun('a', 1_000, 1));
    expect(await store.renameRun('a', '  patience 5  ')).toBe(true);
    await store.putRun(sampleRun('a', 1_000, 2));
    const [run] = (await store.listRuns()).runs;
    expect(run).toMatchObject({ name: 'patience 5', epochs: 2 });
    await store.renameRun('a', '');
    expect((await store.listRuns()).runs[0]?.name).toBeNull();
    expect(await store.renameRun('missing', 'x')).toBe(false);
  });

  it('deletes a run, head and epochs', async () => {
    const idb = freshRunIdb();
    const store = await openRunStore({ idb });
    await store.putRun(sampleRun('a', 1_000));
    await store.deleteRun('a');
    expect((await store.listRuns()).runs).toEqual([]);
    expect(await get(bodyKey('a'), idb)).toBeUndefined();
  });

  it('lists a damaged record as damaged, with why, and lists the others', async () => {
    const idb = freshRunIdb();
    const store = await openRunStore({ idb });
    await store.putRun(sampleRun('good', 1_000));
    await set(headKey('broken'), { v: 1, id: 'broken', epochs: 'many' }, idb);
    await set(headKey('future'), { v: 99, id: 'future' }, idb);
    await set(headKey('junk'), 'not a record', idb);
    const listing = await store.listRuns();
    expect(listing.runs.map((run) => run.id)).toEqual(['good']);
    expect(listing.damaged.map((entry) => entry.id).sort()).toEqual(['broken', 'future', 'junk']);
    expect(listing.damaged.find((entry) => entry.id === 'future')?.reason).toMatch(/newer than this app understands/);
    expect(listing.damaged.find((entry) => entry.id === 'broken')?.reason).toMatch(/epochs/);
  });

  it('reports a damaged or missing history on load, never throws', async () => {
    const idb = freshRunIdb();
    const store = await openRunStore({ idb });
    await store.putRun(sampleRun('a', 1_000));
    await set(bodyKey('a'), { v: 1, id: 'a', history: [{ epoch: -1 }], events: [] }, idb);
    expect(await store.loadRun('a')).toMatchObject({ ok: false, reason: expect.stringMatching(/run history is invalid/) as unknown });
    await set(bodyKey('a'), undefined, idb);
    await store.putRun(sampleRun('b', 2_000));
    const { del } = await import('idb-keyval');
    await del(bodyKey('b'), idb);
    expect(await store.loadRun('b')).toEqual({ ok: false, reason: 'its epoch history is missing' });
  });

  it('reads the setup of an older page through the setup migration', async () => {
    const idb = freshRunIdb();
    const store = await openRunStore({ idb });
    const run = sampleRun('old', 1_000);
    await store.putRun(run);
    const stored = (await get(headKey('old'), idb)) as Record<string, unknown>;
    const { testSplit: _dropped, ...fit } = (run.head.config as { fit: Record<string, unknown> }).fit;
    await set(headKey('old'), { ...stored, config: { ...(run.head.config as object), v: 1, fit } }, idb);
    const [head] = (await store.listRuns()).runs;
    expect(head?.config?.fit.testSplit).toBe(0);
    expect(head?.configProblem).toBeNull();
  });

  it('makes room within the budget: the oldest unnamed runs go, named ones stay, and says when only named ones are left', async () => {
    const idb: UseStore = freshRunIdb();
    const probe = await openRunStore({ idb: freshRunIdb() });
    await probe.putRun(sampleRun('x', 0));
    const size = (await probe.listRuns()).usedBytes;
    const store = await openRunStore({ idb, budgetBytes: Math.floor(size * 3.5) });
    await store.putRun(sampleRun('r1', 1));
    await store.putRun(sampleRun('r2', 2));
    await store.renameRun('r1', 'keep me');
    await store.putRun(sampleRun('r3', 3));
    const outcome = await store.putRun(sampleRun('r4', 4));
    expect(outcome.evicted.map((entry) => entry.id)).toEqual(['r2']);
    expect(outcome.overBy).toBe(0);
    expect((await store.listRuns()).runs.map((run) => run.id)).toEqual(['r4', 'r3', 'r1']);
    const tight = await openRunStore({ idb, budgetBytes: size });
    await tight.renameRun('r3', 'also kept');
    const over = await tight.putRun(sampleRun('r5', 5));
    expect(over.evicted.map((entry) => entry.id)).toEqual(['r4']);
    expect(over.overBy).toBeGreaterThan(0);
    expect((await tight.listRuns()).runs.map((run) => run.id)).toEqual(['r5', 'r3', 'r1']);
  });
});

describe('the run store when the browser storage is full', () => {
  it('removes the oldest unnamed run and tries again, and says so', async () => {
    const inner = freshRunIdb();
    let failNext = 0;
    const idb: UseStore = (mode, callback) => {
      if (mode === 'readwrite' && failNext > 0) {
        failNext -= 1;
        return Promise.reject(Object.assign(new Error('full'), { name: 'QuotaExceededError' }));
      }
      return inner(mode, callback);
    };
    const store = await openRunStore({ idb });
    await store.putRun(sampleRun('old', 1));
    await store.putRun(sampleRun('named', 2));
    await store.renameRun('named', 'mine');
    failNext = 1;
    const outcome = await store.putRun(sampleRun('new', 3));
    expect(outcome.quotaFull).toBe(true);
    expect(outcome.evicted.map((entry) => entry.id)).toEqual(['old']);
    expect((await store.listRuns()).runs.map((run) => run.id)).toEqual(['new', 'named']);
  });

  it('gives up, keeping every run, when only named runs are left to remove', async () => {
    const inner = freshRunIdb();
    let full = false;
    const idb: UseStore = (mode, callback) => (mode === 'readwrite' && full ? Promise.reject(Object.assign(new Error('full'), { name: 'QuotaExceededError' })) : inner(mode, callback));
    const store = await openRunStore({ idb });
    await store.putRun(sampleRun('named', 1));
    await store.renameRun('named', 'mine');
    full = true;
    await expect(store.putRun(sampleRun('new', 2))).rejects.toThrow('full');
    full = false;
    expect((await store.listRuns()).runs.map((run) => run.id)).toEqual(['named']);
  });
});
