import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { defaultRunConfig } from '../config/runConfig';
import type { CheckpointSummary, RunCheckpoints } from './checkpointEntry';
import { openCheckpointStore } from './checkpointStore';
import { freshIdb, loadedResume, payloadCount, sampleInput, SAMPLE_TOPOLOGY } from './checkpointTestKit';

function readable(runs: RunCheckpoints[]): CheckpointSummary[] {
  return runs.flatMap((run) => run.entries.filter((entry): entry is CheckpointSummary => !entry.damaged));
}

describe('checkpoint store', () => {
  it('lists a saved checkpoint without its weights and loads it whole', async () => {
    const store = await openCheckpointStore({ idb: freshIdb(), now: () => 1_000 });
    const input = sampleInput({ epoch: 3, value: 0.25 });
    const saved = await store.saveCheckpoint(input);

    const runs = await store.listCheckpoints();
    expect(runs).toHaveLength(1);
    expect(runs[0]?.runId).toBe('run-a');
    expect(runs[0]?.entries).toEqual([saved]);
    expect(saved).toMatchObject({ damaged: false, id: 'run-a/best.keras', name: 'best.keras', epoch: 3, batch: null, value: 0.25, savedAt: 1_000 });
    expect(saved).not.toHaveProperty('weightData');
    expect(saved.sizeBytes).toBe(337 * 4 + new TextEncoder().encode(SAMPLE_TOPOLOGY).byteLength);

    const loaded = await store.loadCheckpoint(saved.id);
    expect(loaded?.topology).toBe(SAMPLE_TOPOLOGY);
    expect(loaded?.config).toEqual(defaultRunConfig());
    expect(loaded?.resume).toEqual(loadedResume(input.resume));
    expect(loaded?.weightSpecs.map((spec) => spec.shape)).toEqual([[2, 16], [16], [16, 16], [16], [16, 1], [1]]);
    expect(loaded?.weightData.byteLength).toBe(337 * 4);
    loaded?.weights.forEach((weight, index) => {
      expect(weight.name).toBe(input.weights[index]?.name);
      expect(Array.from(weight.data)).toEqual(Array.from(input.weights[index]?.data ?? []));
    });
  });

  it('overwrites the same name within a run, as saveBestOnly overwrites its file', async () => {
    const idb = freshIdb();
    const store = await openCheckpointStore({ idb });
    await store.saveCheckpoint(sampleInput({ epoch: 1, value: 0.5 }));
    await store.saveCheckpoint(sampleInput({ epoch: 4, value: 0.3 }));

    const entries = readable(await store.listCheckpoints());
    expect(entries.map(({ epoch, value }) => ({ epoch, value }))).toEqual([{ epoch: 4, value: 0.3 }]);
    const loaded = await store.loadCheckpoint('run-a/best.keras');
    expect(Array.from(loaded?.weights[0]?.data ?? [])).toEqual(Array.from(sampleInput({ epoch: 4 }).weights[0]?.data ?? []));
    expect(await payloadCount(idb)).toBe(1);
  });

  it('keeps one entry per formatted name, as a template with {epoch} writes one file per epoch', async () => {
    const store = await openCheckpointStore({ idb: freshIdb() });
    await store.saveCheckpoint(sampleInput({ name: 'model-001.keras', epoch: 0 }));
    await store.saveCheckpoint(sampleInput({ name: 'model-002.keras', epoch: 1 }));
    const names = readable(await store.listCheckpoints()).map((entry) => entry.name);
    expect(names.sort()).toEqual(['model-001.keras', 'model-002.keras']);
  });

  it('keeps two runs with the same file name apart, also when two tabs save at once', async () => {
    const idb = freshIdb();
    const [tabA, tabB] = await Promise.all([openCheckpointStore({ idb, now: () => 1 }), openCheckpointStore({ idb, now: () => 2 })]);
    await Promise.all([
      tabA.saveCheckpoint(sampleInput({ runId: 'run-a', epoch: 2, value: 0.4 })),
      tabB.saveCheckpoint(sampleInput({ runId: 'run-b', epoch: 5, value: 0.2 })),
    ]);
    const runs = await tabA.listCheckpoints();
    expect(runs.map((run) => run.runId)).toEqual(['run-b', 'run-a']);
    expect(readable(runs).map(({ id, epoch }) => ({ id, epoch }))).toEqual([
      { id: 'run-b/best.keras', epoch: 5 },
      { id: 'run-a/best.keras', epoch: 2 },
    ]);
  });

  it('lets the later of two overlapping saves to one name win', async () => {
    const store = await openCheckpointStore({ idb: freshIdb() });
    await Promise.all([1, 2, 3].map((epoch) => store.saveCheckpoint(sampleInput({ epoch }))));
    expect(readable(await store.listCheckpoints()).map((entry) => entry.epoch)).toEqual([3]);
  });

  it('stores no topology for a weights-only checkpoint and requires one otherwise', async () => {
    const store = await openCheckpointStore({ idb: freshIdb() });
    const saved = await store.saveCheckpoint(sampleInput({ weightsOnly: true, name: 'w.weights.h5' }));
    expect(saved.sizeBytes).toBe(337 * 4);
    expect((await store.loadCheckpoint(saved.id))?.topology).toBeNull();
    await expect(store.saveCheckpoint(sampleInput({ topology: null }))).rejects.toThrow(/no topology/);
  });

  it('refuses input it could not read back', async () => {
    const store = await openCheckpointStore({ idb: freshIdb() });
    await expect(store.saveCheckpoint(sampleInput({ runId: 'a/b' }))).rejects.toThrow(/runId/);
    const weights = sampleInput().weights.map((weight) => ({ ...weight, shape: [3] }));
    await expect(store.saveCheckpoint(sampleInput({ weights }))).rejects.toThrow(/needs 3/);
    expect(await store.listCheckpoints()).toEqual([]);
  });

  it('refuses a config it could not read back at every save of the run, and validates a good one once', async () => {
    const store = await openCheckpointStore({ idb: freshIdb() });
    const broken = { ...defaultRunConfig(), fit: { ...defaultRunConfig().fit, epochs: -1 } };
    await expect(store.saveCheckpoint(sampleInput({ config: broken }))).rejects.toThrow(/config/);
    await expect(store.saveCheckpoint(sampleInput({ config: broken, epoch: 1 }))).rejects.toThrow(/config/);

    const config = defaultRunConfig();
    await store.saveCheckpoint(sampleInput({ name: 'a.keras', config }));
    await store.saveCheckpoint(sampleInput({ name: 'b.keras', config, epoch: 1 }));
    const saved = await Promise.all(['run-a/a.keras', 'run-a/b.keras'].map((id) => store.loadCheckpoint(id)));
    expect(saved.map((entry) => entry?.config)).toEqual([defaultRunConfig(), defaultRunConfig()]);
  });

  it('deletes one entry with its weights, or all of them', async () => {
    const idb = freshIdb();
    const store = await openCheckpointStore({ idb });
    await store.saveCheckpoint(sampleInput({ name: 'a.keras' }));
    await store.saveCheckpoint(sampleInput({ name: 'b.keras' }));
    expect(await store.deleteCheckpoint('run-a/a.keras')).toBe(true);
    expect(await store.deleteCheckpoint('run-a/a.keras')).toBe(false);
    expect(await store.loadCheckpoint('run-a/a.keras')).toBeNull();
    expect(readable(await store.listCheckpoints()).map((entry) => entry.name)).toEqual(['b.keras']);
    expect(await payloadCount(idb)).toBe(1);
    await store.deleteAll();
    expect(await store.listCheckpoints()).toEqual([]);
    expect(await payloadCount(idb)).toBe(0);
  });

  it('answers null for ids that name nothing', async () => {
    const store = await openCheckpointStore({ idb: freshIdb() });
    expect(await store.loadCheckpoint('run-a/missing.keras')).toBeNull();
    expect(await store.loadCheckpoint('no-slash')).toBeNull();
    expect(await store.deleteCheckpoint('no-slash')).toBe(false);
  });

  it('keeps names with slashes, as Keras file paths can have', async () => {
    const store = await openCheckpointStore({ idb: freshIdb() });
    const saved = await store.saveCheckpoint(sampleInput({ name: 'ckpt/epoch-01.keras' }));
    expect(saved.id).toBe('run-a/ckpt/epoch-01.keras');
    expect((await store.loadCheckpoint(saved.id))?.name).toBe('ckpt/epoch-01.keras');
  });

  it('survives a reopen (a reload)', async () => {
    const idb = freshIdb();
    await (await openCheckpointStore({ idb })).saveCheckpoint(sampleInput({ value: Number.NaN }));
    const reopened = await openCheckpointStore({ idb });
    const loaded = await reopened.loadCheckpoint('run-a/best.keras');
    expect(loaded?.value).toBeNaN();
  });
});
