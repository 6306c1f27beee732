import { describe, expect, it } from 'vitest';
import { simulate } from './simulate';

const batches = (...losses: number[]) => losses.map((loss) => ({ loss }));

describe('TerminateOnNaN', () => {
  it.each([Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY])('stops after the batch whose loss is %s', (bad) => {
    const run = simulate({
      initialLr: 0.1,
      callbacks: [{ type: 'TerminateOnNaN', params: {} }],
      epochs: [{ loss: 1 }, { loss: 1 }, { loss: 1 }],
      batchLogs: [batches(1, 1), batches(1, bad, 1), batches(1, 1)],
    });
    expect(run.stopped).toEqual({ epoch: 1, batch: 1, by: 'TerminateOnNaN' });
    expect(run.batchesRun).toEqual([2, 2]);
    expect(run.epochsRun).toBe(2);
    expect(run.events.map((event) => event.message)).toEqual(['Batch 1: Invalid loss, terminating training']);
  });

  it('with raiseError fails the run at once and skips onTrainEnd', () => {
    const run = simulate({
      initialLr: 0.1,
      callbacks: [
        { type: 'TerminateOnNaN', params: { raiseError: true } },
        { type: 'EarlyStopping', params: { monitor: 'loss', restoreBestWeights: true } },
      ],
      epochs: [{ loss: 1 }, { loss: 1 }],
      batchLogs: [batches(1), batches(Number.NaN)],
    });
    expect(run.error).toMatchObject({
      callback: 'TerminateOnNaN',
      type: 'RuntimeError',
      hook: 'onTrainBatchEnd',
      epoch: 1,
      batch: 0,
      message: 'NaN or Inf loss encountered at batch 0. Loss value: nan. Terminating training immediately.',
    });
    expect(run.restoredFromEpoch).toBeNull();
    expect(run.epochsRun).toBe(1);
  });

  it('ignores a NaN that appears only in the epoch logs', () => {
    const run = simulate({
      initialLr: 0.1,
      callbacks: [{ type: 'TerminateOnNaN', params: {} }],
      epochs: [{ loss: Number.NaN }, { loss: 1 }],
      batchLogs: [batches(1), batches(1)],
    });
    expect(run.stopped).toBeNull();
  });
});
