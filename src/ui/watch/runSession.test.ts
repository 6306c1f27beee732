import { describe, expect, it } from 'vitest';
import type { ProgressMessage } from '../../training/client';
import type { RunSummary } from '../../training/protocol';
import { epochCounter, etaSeconds } from './runFigures';
import { applyProgress, applyResumed, describeEnding, statusLabel, describeResume, IDLE_SESSION, resumedSession, type RunSessionState } from './runSession';

const checkpoint = { checkpointId: 'run-1/last.keras', name: 'last.keras', epoch: 4, batch: null };

/** A progress message with one epoch group, as the worker sends the stored history of a resumed run. */
function historyMessage(epochs: number[], secondsEach = 0.5): ProgressMessage {
  return {
    type: 'progress',
    runId: 1,
    epochs: [
      {
        epochs: Int32Array.from(epochs),
        keys: ['loss'],
        values: Float64Array.from(epochs, (epoch) => 1 / (epoch + 1)),
        lrDuring: Float64Array.from(epochs, () => 0.01),
        lrAfter: Float64Array.from(epochs, () => 0.01),
        seconds: Float64Array.from(epochs, () => secondsEach),
        tensors: Int32Array.from(epochs, () => 24),
      },
    ],
    progress: null,
    events: [],
    warnings: [],
    messages: [],
  };
}

const fold = (state: RunSessionState, message: ProgressMessage): RunSessionState => ({ ...state, ...applyProgress(state, message) });

const summary = (change: Partial<RunSummary>): RunSummary => ({ epochsRun: 30, stopped: null, failure: null, test: null, files: {}, tensorsAfterRun: 0, seconds: 2.5, ...change });

describe('a run resumed from a checkpoint', () => {
  it('starts empty, with the checkpoint config’s epochs and the checkpoint it carries on from', () => {
    const state = resumedSession(checkpoint, 30, 1000);
    expect(state).toEqual({ ...IDLE_SESSION, status: 'starting', totalEpochs: 30, startedAt: 1000, resumedFrom: { ...checkpoint, initialEpoch: null } });
  });

  it('learns the epoch it goes on from when the worker has read the checkpoint', () => {
    const state = resumedSession(checkpoint, 30, 0);
    expect(applyResumed(state, { checkpointId: 'x', storageRunId: 'r', initialEpoch: 5 })).toEqual({ resumedFrom: { ...checkpoint, initialEpoch: 5 } });
    expect(applyResumed(IDLE_SESSION, { checkpointId: 'x', storageRunId: 'r', initialEpoch: 5 })).toEqual({});
  });

  it('counts the stored history as its own, so the counter and ETA carry on from the checkpoint', () => {
    let state: RunSessionState = { ...resumedSession(checkpoint, 30, 0), ...applyResumed(resumedSession(checkpoint, 30, 0), { checkpointId: 'x', storageRunId: 'r', initialEpoch: 5 }) };
    state = fold(state, historyMessage([0, 1, 2, 3, 4]));
    expect(epochCounter(state)).toBe('5 / 30');
    expect(etaSeconds(state)).toBe(25 * 0.5);
    state = fold(state, historyMessage([5, 6]));
    expect(state.history.map((row) => row.epoch)).toEqual([0, 1, 2, 3, 4, 5, 6]);
    expect(epochCounter(state)).toBe('7 / 30');
  });

  it('says which checkpoint it carries on from, and from which epoch', () => {
    const source = { ...checkpoint, initialEpoch: null };
    expect(describeResume(source, 30)).toBe('Resumed from checkpoint last.keras (epoch 5) · reading it …');
    expect(describeResume({ ...source, initialEpoch: 5 }, 30)).toBe('Resumed from checkpoint last.keras (epoch 5) · training from epoch 6 of 30');
    // A save within an epoch (integer saveFreq) trains that epoch again.
    expect(describeResume({ ...source, batch: 9, initialEpoch: 4 }, 30)).toBe('Resumed from checkpoint last.keras (epoch 5, batch 10) · training from epoch 5 of 30');
    expect(describeResume({ ...source, epoch: 29, initialEpoch: 30 }, 30)).toBe('Resumed from checkpoint last.keras (epoch 30) · all 30 epochs were done');
  });

  it('a fresh run whose BackupAndRestore restored its backup says so, with the backup_dir and the epoch it resumes at', () => {
    const started = { ...IDLE_SESSION, status: 'running' as const, totalEpochs: 30 };
    const from = { checkpointId: 'backup~b/latest.weights.h5', storageRunId: 'backup~b', initialEpoch: 4, backup: { backupDir: 'b', epoch: 4, batch: 0, fromPrevious: false } };
    const resumed = applyResumed(started, from).resumedFrom;
    expect(resumed && describeResume(resumed, 30)).toBe('Resumed from the BackupAndRestore backup in b, made after epoch 4 · training from epoch 5 of 30');
    const within = applyResumed(started, { ...from, backup: { ...from.backup, batch: 2, fromPrevious: true } }).resumedFrom;
    expect(within && describeResume(within, 30)).toBe('Resumed from the BackupAndRestore backup in b (its previous copy: the newest was damaged), made after batch 3 of epoch 5 · training from epoch 5 of 30');
  });

  it('ends by naming the epochs trained since resuming, which the seconds cover', () => {
    expect(describeEnding(summary({}), 5)).toBe('Finished: 30 epochs in 2.5 s (epochs 6–30 since resuming).');
    expect(describeEnding(summary({ epochsRun: 6 }), 5)).toBe('Finished: 6 epochs in 2.5 s (epoch 6 since resuming).');
    expect(describeEnding(summary({ epochsRun: 5 }), 5)).toBe('Finished: 5 epochs in 2.5 s (no epoch since resuming).');
    expect(describeEnding(summary({ epochsRun: 12, stopped: { epoch: 11, batch: null, by: 'Page' } }), 5)).toBe(
      'Stopped by you at epoch 12, after 12 epochs in 2.5 s (epochs 6–12 since resuming).',
    );
  });

  it('counts one epoch in the singular, and names a stop from the page as the learner\'s', () => {
    expect(describeEnding(summary({ epochsRun: 1 }))).toBe('Finished: 1 epoch in 2.5 s.');
    expect(describeEnding(summary({ epochsRun: 1, stopped: { epoch: 0, batch: 3, by: 'Page' } }))).toBe('Stopped by you at epoch 1, batch 3, after 1 epoch in 2.5 s.');
    expect(describeEnding(summary({ epochsRun: 2, stopped: { epoch: 1, batch: null, by: 'EarlyStopping' } }))).toBe('Stopped by EarlyStopping at epoch 2, after 2 epochs in 2.5 s.');
  });

  it('badges a run the learner stopped as stopped, and one a callback stopped as done', () => {
    expect(statusLabel('done', summary({ stopped: { epoch: 1, batch: null, by: 'Page' } }))).toBe('stopped');
    expect(statusLabel('done', summary({ stopped: { epoch: 1, batch: null, by: 'EarlyStopping' } }))).toBe('done');
    expect(statusLabel('running', null)).toBe('running');
  });

  it('leaves the ending of a fresh run as it was', () => {
    expect(describeEnding(summary({}))).toBe('Finished: 30 epochs in 2.5 s.');
    expect(describeEnding(summary({}), null)).toBe('Finished: 30 epochs in 2.5 s.');
  });
});
