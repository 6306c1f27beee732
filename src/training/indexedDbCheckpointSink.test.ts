import 'fake-indexeddb/auto';
import { beforeAll, describe, expect, it } from 'vitest';
import { StorageQuotaError, type CheckpointStore, type CheckpointSummary } from '../storage';
import { freshStore, trainIntoStore } from './checkpointTrainingKit';
import { decodeResumePoint } from './resumePoint';
import { testConfig, useCpuBackend } from './trainerTestKit';

beforeAll(useCpuBackend);

function saveBestOnly(filepath = 'best.keras') {
  return { type: 'ModelCheckpoint' as const, params: { filepath, monitor: 'val_loss', saveBestOnly: true } };
}

describe('the IndexedDB checkpoint sink', () => {
  it('keeps the best epoch under one name, with config, value and the state to resume from', async () => {
    const store = await freshStore();
    const config = testConfig({ fit: { epochs: 6, batchSize: 32, validationSplit: 0.25, seed: 4 }, callbacks: [saveBestOnly()] });
    const { epochs, activity, prepared } = await trainIntoStore(config, store);
    prepared.compiled.dispose();

    const valLosses = epochs.map((record) => record.logs['val_loss'] as number);
    const best = valLosses.indexOf(Math.min(...valLosses));
    const [run] = await store.listCheckpoints();
    expect(run?.entries).toHaveLength(1);
    const loaded = await store.loadCheckpoint('run-1/best.keras');
    expect(loaded).toMatchObject({ epoch: best, value: valLosses[best], monitor: 'val_loss', weightsOnly: false, config });
    expect(loaded?.weights.map((weight) => weight.name)).toEqual(['dense_1/kernel', 'dense_1/bias', 'dense_2/kernel', 'dense_2/bias', 'output/kernel', 'output/bias']);

    const resume = decodeResumePoint(loaded?.resume ?? { initialEpoch: 0, learningRate: 0, callbackState: '', history: null });
    expect(resume.initialEpoch).toBe(best + 1);
    expect(resume.learningRate).toBe(Math.fround(0.01));
    expect(resume.history.map((record) => record.logs['val_loss'])).toEqual(valLosses.slice(0, best + 1));
    expect(resume.callbacks['callbacks[0]']).toEqual({ type: 'ModelCheckpoint', state: { best: valLosses[best], batchesSeenSinceLastSaving: 0, lastBatchSeen: null } });

    // Every improvement was reported, in epoch order, with how long it took.
    const saved = activity.flatMap((item) => (item.kind === 'saved' ? [item] : []));
    expect(saved.map((item) => item.entry.epoch)).toEqual([...saved.map((item) => item.entry.epoch)].sort((a, b) => a - b));
    // The entry as listed, so the page can show it without reading storage.
    expect(saved.at(-1)?.entry).toEqual(run?.entries[0]);
    expect(saved.at(-1)?.entry).toMatchObject({ id: 'run-1/best.keras', epoch: best, runId: 'run-1' });
    for (const item of saved) expect(item.writeMs >= 0 && item.totalMs >= item.writeMs).toBe(true);
  });

  it('writes a template with {epoch} as one entry per epoch, in order, and the run waits for the last', async () => {
    const store = await freshStore();
    const config = testConfig({ fit: { epochs: 4, batchSize: 32, validationSplit: 0.25, seed: 4 }, callbacks: [{ type: 'ModelCheckpoint', params: { filepath: 'm-{epoch:02d}.keras' } }] });
    const { activity, prepared } = await trainIntoStore(config, store);
    prepared.compiled.dispose();
    expect(activity.map((item) => (item.kind === 'saved' ? item.entry.name : item.name))).toEqual(['m-01.keras', 'm-02.keras', 'm-03.keras', 'm-04.keras']);
    const entries = (await store.listCheckpoints())[0]?.entries as CheckpointSummary[];
    expect(entries.map((entry) => [entry.name, entry.epoch])).toEqual([
      ['m-01.keras', 0],
      ['m-02.keras', 1],
      ['m-03.keras', 2],
      ['m-04.keras', 3],
    ]);
  });

  it.each(['continue', 'stop'] as const)('on a full storage reports it once, keeps the older checkpoint, and the run goes on or stops (%s)', async (policy) => {
    const real = await freshStore();
    let saves = 0;
    const fills: CheckpointStore = {
      ...real,
      saveCheckpoints: (inputs) => {
        saves += 1;
        if (saves >= 2) return Promise.reject(new StorageQuotaError(inputs[0]?.name ?? '', 1348));
        return real.saveCheckpoints(inputs);
      },
    };
    const config = testConfig({ fit: { epochs: 5, batchSize: 32, validationSplit: 0.25, seed: 4 }, callbacks: [{ type: 'ModelCheckpoint', params: { filepath: 'm-{epoch:02d}.keras' } }] });
    // Without a gap between writes the failed write lands within the run, however fast its epochs are.
    const { result, activity, prepared } = await trainIntoStore(config, fills, {
      onQuotaExceeded: (control) => policy === 'stop' && control.stop('Checkpoint storage full'),
      minWriteGapMs: 0,
    });
    prepared.compiled.dispose();

    const failed = activity.filter((item) => item.kind === 'failed');
    expect(failed).toHaveLength(1);
    expect(failed[0]).toMatchObject({ quotaExceeded: true, name: 'm-02.keras' });
    expect(failed[0]?.message).toMatch(/Not enough browser storage/);
    expect(saves).toBe(2);
    expect((await real.listCheckpoints())[0]?.entries.map((entry) => entry.id)).toEqual(['run-1/m-01.keras']);
    expect(result.failure).toBeNull();
    if (policy === 'continue') expect(result.epochsRun).toBe(5);
    else expect(result.stopped).toMatchObject({ by: 'Checkpoint storage full' });
    if (policy === 'stop') expect(result.epochsRun).toBeLessThan(5);
  });
});
