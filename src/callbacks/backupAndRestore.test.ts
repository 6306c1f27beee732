/**
 * Expectations from Keras's `backup_and_restore_test.py` (Keras 3.16), on the
 * hooks alone: a port keeps the backups in memory as the browser's storage
 * keeps them, and a second "fit" over the same port plays the reopened tab.
 */
import { describe, expect, it } from 'vitest';
import { BackupAndRestore, type BackupAndRestoreOptions } from './backupAndRestore';
import { CallbackHost } from './callbackHost';
import { CallbackList } from './callbackList';
import { fakeTrainingPort } from './fakeTrainingPort';
import type { BackupRequest, BackupRestored, BackupUnreadable, TrainingPort } from './types';

class Interrupted extends Error {}

interface Storage {
  latest: BackupRequest | null;
  previous: BackupRequest | null;
  damagedLatest: boolean;
}

function backupPort(storage: Storage, saves: BackupRequest[]): TrainingPort {
  return fakeTrainingPort({
    saveBackup: (request) => {
      saves.push(request);
      if (request.keepPrevious && storage.latest) storage.previous = storage.latest;
      storage.latest = request;
      storage.damagedLatest = false;
    },
    restoreBackup: (): BackupRestored | BackupUnreadable | null => {
      const damaged = storage.damagedLatest ? 'the checkpoint weights are missing' : null;
      const copy = damaged ? storage.previous : storage.latest;
      if (!copy) return damaged ? { damaged } : null;
      return { epoch: copy.epoch, batch: copy.batch, fromPrevious: damaged !== null, damaged };
    },
    deleteBackup: () => {
      storage.latest = null;
      storage.previous = null;
    },
  });
}

/**
 * One `fit` of `epochs` epochs of `steps` batches, resuming where the
 * callback's onTrainBegin says; throws Interrupted after `interruptAfter`
 * batches (as Keras's InterruptingCallback). Returns the epochs run.
 */
function fit(options: BackupAndRestoreOptions, storage: Storage, epochs: number, steps: number, interruptAfter: { batches?: number; epochs?: number } = {}) {
  const saves: BackupRequest[] = [];
  const events: string[] = [];
  const port = backupPort(storage, saves);
  const host = new CallbackHost(port, [], { onEvent: (event) => events.push(event.message), onWarning: (warning) => events.push(warning.message) });
  const callback = new BackupAndRestore(options);
  let initial = 0;
  const list = new CallbackList([callback], host, { epochs, steps });
  const ran: number[] = [];
  let batches = 0;
  list.onTrainBegin();
  const restoredAt = host.events.find((event) => event.kind === 'backup_restored')?.value;
  initial = restoredAt || initial;
  try {
    for (let epoch = initial; epoch < epochs; epoch++) {
      list.onEpochBegin(epoch);
      for (let batch = 0; batch < steps; batch++) {
        list.onTrainBatchBegin(batch);
        list.onTrainBatchEnd(batch, { loss: 1 });
        batches += 1;
        if (batches === interruptAfter.batches) throw new Interrupted();
      }
      list.onEpochEnd(epoch, { loss: 1 });
      ran.push(epoch);
      if (ran.length === interruptAfter.epochs) throw new Interrupted();
    }
    list.onTrainEnd();
  } catch (error) {
    if (!(error instanceof Interrupted)) throw error;
    return { ran, saves, events, batches, interrupted: true };
  }
  return { ran, saves, events, batches, interrupted: false };
}

const empty = (): Storage => ({ latest: null, previous: null, damagedLatest: false });

describe('BackupAndRestore', () => {
  it.each([
    [{ backupDir: 'backup_dir', saveFreq: 'batch' as unknown as number }, "Invalid value for argument `save_freq`. Received: save_freq=batch. Expected either 'epoch' or an integer value."],
    [{ backupDir: 'backup_dir', saveFreq: 0.15 }, "Invalid value for argument `save_freq`. Received: save_freq=0.15. Expected either 'epoch' or an integer value."],
    [{ backupDir: '' }, 'Empty `backup_dir` argument passed'],
  ])('refuses %j with Keras’s ValueError', (options, message) => {
    expect(() => new BackupAndRestore(options)).toThrow(message);
  });

  it('takes Keras’s defaults', () => {
    const callback = new BackupAndRestore({ backupDir: 'b' });
    expect([callback.saveFreq, callback.doubleCheckpoint, callback.deleteCheckpoint]).toEqual(['epoch', false, true]);
  });

  it('test_best_case_step: saved every batch, interrupted after 2 of 3 batches, resumes at epoch 0 and runs all 5 epochs', () => {
    const storage = empty();
    const first = fit({ backupDir: 'subdir', saveFreq: 1 }, storage, 2, 3, { batches: 2 });
    expect(first.interrupted).toBe(true);
    expect(storage.latest).toEqual({ backupDir: 'subdir', epoch: 0, batch: 1, keepPrevious: false });
    const second = fit({ backupDir: 'subdir', saveFreq: 1 }, storage, 5, 3);
    expect(second.ran).toEqual([0, 1, 2, 3, 4]);
    expect(second.batches).toBe(15);
    expect(storage.latest).toBeNull();
  });

  it('test_best_case_epoch: saved each epoch, interrupted after 2 epochs, the next fit runs epochs 2 to 4 only', () => {
    const storage = empty();
    fit({ backupDir: 'subdir' }, storage, 6, 3, { epochs: 2 });
    expect(storage.latest).toMatchObject({ epoch: 2, batch: 0 });
    const second = fit({ backupDir: 'subdir' }, storage, 5, 3);
    expect(second.ran).toEqual([2, 3, 4]);
    expect(second.events[0]).toBe('Restored the backup in subdir: resuming at epoch 3.');
  });

  it('test_backup_corrupted: with double_checkpoint the previous copy is restored when the newest is damaged', () => {
    const storage = empty();
    fit({ backupDir: 'subdir', doubleCheckpoint: true }, storage, 6, 3, { epochs: 2 });
    expect(storage.previous).toMatchObject({ epoch: 1 });
    storage.damagedLatest = true;
    const second = fit({ backupDir: 'subdir', doubleCheckpoint: true }, storage, 5, 3);
    expect(second.ran).toEqual([1, 2, 3, 4]);
    expect(second.events).toContain('The newest backup in subdir could not be read (the checkpoint weights are missing): restored the previous one.');
  });

  it('a damaged backup with no second copy is reported and training starts afresh', () => {
    const storage = { ...empty(), damagedLatest: true };
    const run = fit({ backupDir: 'subdir' }, storage, 3, 2);
    expect(run.ran).toEqual([0, 1, 2]);
    expect(run.events[0]).toMatch(/^The backup in subdir could not be read \(the checkpoint weights are missing\), and there is no second copy: training starts afresh\.$/);
  });

  it('test_model_deleted_case_epoch: the backup is removed at the end, unless delete_checkpoint=False', () => {
    const storage = empty();
    fit({ backupDir: 'subdir' }, storage, 2, 3);
    expect(storage.latest).toBeNull();
    fit({ backupDir: 'subdir', deleteCheckpoint: false }, storage, 2, 3);
    expect(storage.latest).toMatchObject({ epoch: 2 });
  });

  it('counts batches across epochs as Keras’s _should_save_on_batch does (save_freq=2, 3 batches an epoch)', () => {
    const { saves } = fit({ backupDir: 'b', saveFreq: 2, deleteCheckpoint: false }, empty(), 2, 3);
    expect(saves.map(({ epoch, batch }) => [epoch, batch])).toEqual([
      [0, 1],
      [1, 0],
      [1, 2],
    ]);
  });

  it('keeps its counters as state, so a resumed run saves on the same batches', () => {
    const callback = new BackupAndRestore({ backupDir: 'b', saveFreq: 4 });
    callback.setState({ batchesSeenSinceLastSaving: 3, lastBatchSeen: 2, currentEpoch: 5 });
    expect(callback.getState()).toEqual({ batchesSeenSinceLastSaving: 3, lastBatchSeen: 2, currentEpoch: 5 });
  });
});
