/**
 * BackupAndRestore on the real trainer (tfjs cpu, a fake IndexedDB): a run
 * interrupted after an epoch, started again with the same stack, resumes
 * from the backup at the epoch Keras would, and from there trains exactly as
 * the uninterrupted run did (weights, Adam's moments, the learning rate
 * ReduceLROnPlateau set, EarlyStopping's counters, the history).
 */
import 'fake-indexeddb/auto';
import { set } from 'idb-keyval';
import { beforeAll, describe, expect, it } from 'vitest';
import { freshIdb } from '../storage/checkpointTestKit';
import { BACKUP_LATEST, backupRunId, openCheckpointStore } from '../storage';
import { indexKey } from '../storage/checkpointKeys';
import { freshStore, trainIntoStore } from './checkpointTrainingKit';
import type { EpochRecord } from './trainer';
import { testConfig, useCpuBackend } from './trainerTestKit';

beforeAll(useCpuBackend);

const stack = (backup: Record<string, unknown>) =>
  testConfig({
    optimizer: { kind: 'adam', learningRate: 0.02 },
    model: { hiddenLayers: [{ units: 12, activation: 'relu', dropout: 0.1 }] },
    fit: { epochs: 7, batchSize: 32, validationSplit: 0.25, seed: 5 },
    callbacks: [
      { type: 'BackupAndRestore', params: { backupDir: 'tmp/backup', ...backup } },
      { type: 'ReduceLROnPlateau', params: { monitor: 'loss', factor: 0.5, patience: 0, minDelta: 0.05 } },
      { type: 'EarlyStopping', params: { monitor: 'val_loss', patience: 20 } },
    ],
  });

const strip = (records: readonly EpochRecord[]) => records.map(({ epoch, logs, lrDuring, lrAfter }) => ({ epoch, logs, lrDuring, lrAfter }));

describe('BackupAndRestore across an interrupted run', () => {
  it('resumes at the epoch after the last backup, exactly as the uninterrupted run went on, and removes the backup at the end', async () => {
    const config = stack({});
    const whole = await trainIntoStore(config, await freshStore(), { runId: 'whole', backups: true });
    whole.prepared.compiled.dispose();
    expect(new Set(whole.epochs.map((record) => record.lrDuring)).size).toBeGreaterThan(1);

    const store = await freshStore();
    const cut = await trainIntoStore(config, store, { runId: 'first', backups: true, stopAfterEpoch: 2 });
    cut.prepared.compiled.dispose();
    expect(cut.result.epochsRun).toBe(3);
    const kept = await store.loadCheckpoint(`${backupRunId('tmp/backup')}/${BACKUP_LATEST}`);
    expect(kept).toMatchObject({ epoch: 3, batch: 0, weightsOnly: true });

    const again = await trainIntoStore(config, store, { runId: 'second', backups: true });
    again.prepared.compiled.dispose();
    expect(again.restoredBackup).toMatchObject({ backupDir: 'tmp/backup', batch: 0, fromPrevious: false, point: { initialEpoch: 3 } });
    expect(again.restoredBackup?.point.history.map((record) => record.epoch)).toEqual([0, 1, 2]);
    expect(again.epochs.map((record) => record.epoch)).toEqual([3, 4, 5, 6]);
    expect(strip([...cut.epochs, ...again.epochs])).toEqual(strip(whole.epochs));
    expect(again.result.epochsRun).toBe(7);
    expect(await store.listCheckpoints()).toEqual([]);
  });

  it('a backup made within an epoch (save_freq=2) resumes at that epoch’s start with the weights of that batch', async () => {
    const config = stack({ saveFreq: 2 });
    const store = await freshStore();
    const cut = await trainIntoStore(config, store, { backups: true, stopAfterEpoch: 1 });
    cut.prepared.compiled.dispose();
    const kept = await store.loadCheckpoint(`${backupRunId('tmp/backup')}/${BACKUP_LATEST}`);
    // 90 training rows in batches of 32: three batches an epoch. Two epochs ran; the last save came after
    // the 6th batch, epoch 1's last (index 2), before its end: Keras's metadata says epoch 1, batch 2.
    expect(kept).toMatchObject({ epoch: 1, batch: 2 });
    const again = await trainIntoStore(config, store, { backups: true });
    again.prepared.compiled.dispose();
    expect(again.restoredBackup).toMatchObject({ batch: 2, point: { initialEpoch: 1, step: 6 } });
    expect(again.epochs.map((record) => record.epoch)).toEqual([1, 2, 3, 4, 5, 6]);
  });

  it('with double_checkpoint, a damaged newest copy falls back to the previous one; without, training starts afresh', async () => {
    const idb = freshIdb();
    const store = await openCheckpointStore({ idb });
    const config = stack({ doubleCheckpoint: true });
    const cut = await trainIntoStore(config, store, { backups: true, stopAfterEpoch: 2 });
    cut.prepared.compiled.dispose();
    await set(indexKey(backupRunId('tmp/backup'), BACKUP_LATEST), { v: 1, epoch: 'garbage' }, idb);
    const again = await trainIntoStore(config, store, { backups: true });
    again.prepared.compiled.dispose();
    expect(again.restoredBackup).toMatchObject({ fromPrevious: true, point: { initialEpoch: 2 } });
    expect(again.epochs[0]?.epoch).toBe(2);

    const loneIdb = freshIdb();
    const lone = await openCheckpointStore({ idb: loneIdb });
    const first = await trainIntoStore(stack({}), lone, { backups: true, stopAfterEpoch: 1 });
    first.prepared.compiled.dispose();
    await set(indexKey(backupRunId('tmp/backup'), BACKUP_LATEST), 'not a record', loneIdb);
    const fresh = await trainIntoStore(stack({}), lone, { backups: true });
    fresh.prepared.compiled.dispose();
    expect(fresh.restoredBackup).toBeNull();
    expect(fresh.epochs[0]?.epoch).toBe(0);
  });
});
