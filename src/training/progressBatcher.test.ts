import { expect, test } from 'vitest';
import { DEFAULT_FLUSH_INTERVAL_MS, flushIntervalFor, ProgressBatcher } from './progressBatcher';
import { epochRows, type WorkerToPage } from './protocol';

function manualTimer() {
  const pending: (() => void)[] = [];
  return { pending, schedule: (callback: () => void) => void pending.push(callback) };
}

const epoch = (index: number, logs: Record<string, number>) => ({ epoch: index, logs, lrDuring: 0.01, lrAfter: 0.01, seconds: 0.05, tensors: 24 });

test("sends a run's first epoch at once, so the chart can draw it without waiting for a tick", () => {
  const sent: WorkerToPage[] = [];
  const timer = manualTimer();
  const batcher = new ProgressBatcher(7, (message) => sent.push(message), timer);
  batcher.onProgress({ epoch: 0, batch: 3, steps: 25, samplesPerSecond: 900, learningRate: 0.01 });
  batcher.onEpochEnd(epoch(0, { loss: 1 }));
  expect(sent).toHaveLength(1);
  const message = sent[0];
  if (message?.type !== 'progress') throw new Error('expected a progress message');
  expect(epochRows(message.epochs[0] as never).map((row) => row.logs)).toEqual([{ loss: 1 }]);
  batcher.onEpochEnd(epoch(1, { loss: 0.5 }));
  expect(sent).toHaveLength(1);
  timer.pending.splice(0).forEach((tick) => tick());
  expect(sent).toHaveLength(2);
});

test('sends one message per timer tick, with epochs as typed columns grouped by log keys', () => {
  const sent: WorkerToPage[] = [];
  const timer = manualTimer();
  const batcher = new ProgressBatcher(7, (message) => sent.push(message), timer);
  batcher.onEpochEnd(epoch(-1, { loss: 9 }));
  sent.length = 0;
  batcher.onEpochEnd(epoch(0, { loss: 1, val_loss: 2 }));
  batcher.onEpochEnd(epoch(1, { loss: 0.5, val_loss: 1.5 }));
  batcher.onEpochEnd(epoch(2, { learning_rate: 0.001, loss: 0.4, val_loss: 1.4 }));
  batcher.onEvent({ epoch: 2, batch: null, callback: 'ReduceLROnPlateau', kind: 'lr_reduced', message: 'reduced' });
  expect(timer.pending).toHaveLength(1);
  expect(sent).toHaveLength(0);

  timer.pending.shift()?.();
  expect(sent).toHaveLength(1);
  const message = sent[0];
  if (message?.type !== 'progress') throw new Error('expected a progress message');
  expect(message.runId).toBe(7);
  expect(message.epochs).toHaveLength(2);
  expect(message.epochs[0]?.values).toBeInstanceOf(Float64Array);
  expect(epochRows(message.epochs[0] as never).map((row) => row.logs)).toEqual([
    { loss: 1, val_loss: 2 },
    { loss: 0.5, val_loss: 1.5 },
  ]);
  expect(epochRows(message.epochs[1] as never)[0]?.logs).toEqual({ learning_rate: 0.001, loss: 0.4, val_loss: 1.4 });
  expect(message.events).toHaveLength(1);

  batcher.flush();
  expect(sent).toHaveLength(1);
});

test('a decision-boundary grid rides in the next progress message, only the newest, its buffer handed over', () => {
  const sent: { message: WorkerToPage; transfer: Transferable[] | undefined }[] = [];
  const timer = manualTimer();
  const batcher = new ProgressBatcher(3, (message, transfer) => sent.push({ message, transfer }), timer);
  const older = { epoch: 4, values: new Float32Array([0.1, 0.2]) };
  const newer = { epoch: 5, values: new Float32Array([0.3, 0.4]) };
  batcher.onBoundary(older);
  batcher.onBoundary(newer);
  expect(timer.pending).toHaveLength(1);
  timer.pending.shift()?.();
  expect(sent).toHaveLength(1);
  const { message, transfer } = sent[0]!;
  if (message.type !== 'progress') throw new Error('expected a progress message');
  expect(message.boundary).toBe(newer);
  expect(transfer).toEqual([newer.values.buffer]);

  batcher.onEpochEnd(epoch(6, { loss: 1 }));
  batcher.flush();
  expect(sent[1]?.message).not.toHaveProperty('boundary');
});

test('checkpoint reports ride in the next progress message, all of them, in order', () => {
  const sent: WorkerToPage[] = [];
  const timer = manualTimer();
  const batcher = new ProgressBatcher(5, (message) => sent.push(message), timer);
  const failed = (epoch: number) => ({ kind: 'failed' as const, storageRunId: 'run', name: `ckpt-${epoch}.keras`, epoch, message: 'full', quotaExceeded: true });
  batcher.onCheckpoint(failed(1));
  batcher.onCheckpoint(failed(2));
  expect(timer.pending).toHaveLength(1);
  timer.pending.shift()?.();
  const [message] = sent;
  if (message?.type !== 'progress') throw new Error('expected a progress message');
  expect(message.checkpoints?.map((activity) => activity.kind === 'failed' && activity.epoch)).toEqual([1, 2]);
  batcher.onEpochEnd(epoch(3, { loss: 1 }));
  batcher.flush();
  expect(sent[1]?.type === 'progress' && sent[1].checkpoints).toBeUndefined();
});

test('flushIntervalFor takes a longer interval a run asks for, never a shorter one or a broken one', () => {
  expect(flushIntervalFor(250)).toBe(250);
  expect(flushIntervalFor(5)).toBe(DEFAULT_FLUSH_INTERVAL_MS);
  expect(flushIntervalFor(Number.NaN)).toBe(DEFAULT_FLUSH_INTERVAL_MS);
  expect(flushIntervalFor(undefined)).toBe(DEFAULT_FLUSH_INTERVAL_MS);
});
