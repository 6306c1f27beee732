import 'fake-indexeddb/auto';
import { set } from 'idb-keyval';
import { describe, expect, it } from 'vitest';
import { indexKey } from './checkpointKeys';
import { openCheckpointStore } from './checkpointStore';
import { freshIdb, sampleInput } from './checkpointTestKit';
import { withSavedEntry } from './listCheckpoints';
import type { CheckpointInput } from './checkpointEntry';

type Store = Awaited<ReturnType<typeof openCheckpointStore>>;

/** Saves `input` and checks that adding its summary to the listing before gives the listing read after. */
async function expectSameListing(store: Store, input: CheckpointInput): Promise<void> {
  const before = await store.listCheckpoints();
  const saved = await store.saveCheckpoint(input);
  expect(withSavedEntry(before, saved)).toEqual(await store.listCheckpoints());
}

describe('a save added to a listing without reading storage', () => {
  it('gives what listing again would: a first entry, entries per epoch, a replaced name, a second run', async () => {
    let clock = 1_000;
    const store = await openCheckpointStore({ idb: freshIdb(), now: () => (clock += 10) });
    await expectSameListing(store, sampleInput({ name: 'm-01.keras', epoch: 0 }));
    await expectSameListing(store, sampleInput({ name: 'm-02.keras', epoch: 1 }));
    await expectSameListing(store, sampleInput({ name: 'best.keras', epoch: 1 }));
    await expectSameListing(store, sampleInput({ runId: 'run-b', name: 'best.keras', epoch: 0 }));
  });

  it('keeps the runs in their places while they save in turn, with the entries a new listing reads; a new run comes first', async () => {
    let clock = 1_000;
    const store = await openCheckpointStore({ idb: freshIdb(), now: () => (clock += 10) });
    let shown = withSavedEntry([], await store.saveCheckpoint(sampleInput({ runId: 'run-a', name: 'best.keras', epoch: 0 })));
    shown = withSavedEntry(shown, await store.saveCheckpoint(sampleInput({ runId: 'run-b', name: 'best.keras', epoch: 0 })));
    const runB = shown[0];
    // The older run saves again: it stays second, its entry replaced; the other run is left as it was.
    shown = withSavedEntry(shown, await store.saveCheckpoint(sampleInput({ runId: 'run-a', name: 'best.keras', epoch: 2, value: 0.25 })));
    expect(shown.map((run) => run.runId)).toEqual(['run-b', 'run-a']);
    expect(shown[0]).toBe(runB);
    const listed = await store.listCheckpoints();
    // A new listing puts the run that saved last first.
    expect(listed.map((run) => run.runId)).toEqual(['run-a', 'run-b']);
    expect([...shown].sort((a, b) => a.runId.localeCompare(b.runId))).toEqual([...listed].sort((a, b) => a.runId.localeCompare(b.runId)));
    shown = withSavedEntry(shown, await store.saveCheckpoint(sampleInput({ runId: 'run-c', name: 'best.keras', epoch: 0 })));
    expect(shown.map((run) => run.runId)).toEqual(['run-c', 'run-b', 'run-a']);
  });

  it('replaces a damaged entry of the same name, and keeps the other damaged ones last', async () => {
    const idb = freshIdb();
    const store = await openCheckpointStore({ idb });
    await store.saveCheckpoint(sampleInput({ name: 'good.keras' }));
    await set(indexKey('run-a', 'bad.keras'), 'not a record', idb);
    await set(indexKey('run-a', 'worse.keras'), 'not a record', idb);
    await expectSameListing(store, sampleInput({ name: 'bad.keras', epoch: 3 }));
    expect((await store.listCheckpoints())[0]?.entries.map((entry) => [entry.id, entry.damaged])).toEqual([
      ['run-a/good.keras', false],
      ['run-a/bad.keras', false],
      ['run-a/worse.keras', true],
    ]);
  });
});
