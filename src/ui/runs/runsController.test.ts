import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { openRunStore } from '../../storage';
import { freshRunIdb, sampleRun } from '../../storage/runTestKit';
import { createRunsController } from './runsController';
import { overlayRuns } from './runsView';

const settle = () => new Promise((resolve) => setTimeout(resolve, 20));

describe('the Runs list’s controller', () => {
  it('loads a ticked run for the overlay, and reads it again once renamed', async () => {
    const store = await openRunStore({ idb: freshRunIdb() });
    await store.putRun(sampleRun('a', 1, 3));
    const runs = createRunsController(() => Promise.resolve(store));
    await runs.refresh();
    runs.toggle('a');
    await settle();
    expect(overlayRuns(runs.getState().ticked, runs.getState().loaded).map((run) => run.label)).toEqual([expect.stringMatching(/^Run /) as unknown]);
    await runs.rename('a', 'baseline');
    await settle();
    expect(overlayRuns(runs.getState().ticked, runs.getState().loaded).map((run) => run.label)).toEqual(['baseline']);
    runs.toggle('a');
    expect(runs.getState().ticked).toEqual([]);
  });

  it('says which unnamed runs made room, and forgets a deleted run’s tick', async () => {
    const probe = await openRunStore({ idb: freshRunIdb() });
    await probe.putRun(sampleRun('x', 0));
    const size = (await probe.listRuns()).usedBytes;
    const store = await openRunStore({ idb: freshRunIdb(), budgetBytes: Math.floor(size * 1.5) });
    const runs = createRunsController(() => Promise.resolve(store));
    await runs.keep(sampleRun('old', 1));
    await runs.keep(sampleRun('new', 2));
    expect(runs.getState().notice).toMatch(/^The runs’ storage budget was reached: removed the oldest unnamed run \(Run /);
    runs.toggle('new');
    await runs.remove('new');
    expect(runs.getState().ticked).toEqual([]);
    expect(runs.getState().listing?.runs).toEqual([]);
  });

  it('says when runs cannot be kept at all, and lists nothing rather than failing', async () => {
    const runs = createRunsController(() => Promise.reject(new Error('IndexedDB is not available')));
    await runs.refresh();
    expect(runs.getState().problem).toBe('Runs could not be kept or read: IndexedDB is not available');
    expect(await runs.keep(sampleRun('a', 1))).toBe(false);
  });
});
