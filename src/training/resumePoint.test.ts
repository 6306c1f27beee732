import { describe, expect, it } from 'vitest';
import { decodeResumePoint, encodeEpochRecord, encodeResumePoint, type ResumePoint } from './resumePoint';

describe('resume point', () => {
  it('round-trips through the stored text, NaN and infinities included', () => {
    const point: ResumePoint = {
      initialEpoch: 3,
      learningRate: Math.fround(0.005),
      callbacks: { 'callbacks[0]': { type: 'EarlyStopping', state: { best: 0.25, wait: 1, bestEpoch: 1, stoppedEpoch: 0 } }, 'callbacks[2]': { type: 'ModelCheckpoint', state: { best: Number.POSITIVE_INFINITY, lastBatchSeen: null } } },
      history: [0, 1, 2].map((epoch) => ({
        epoch,
        logs: { loss: epoch === 2 ? Number.NaN : 0.5, val_loss: Number.NEGATIVE_INFINITY },
        lrDuring: 0.01,
        lrAfter: 0.005,
        seconds: 0.03,
        tensors: 40,
      })),
    };
    const stored = encodeResumePoint(point, point.history.map(encodeEpochRecord));
    expect(stored.initialEpoch).toBe(3);
    expect(JSON.parse(stored.callbackState)).toEqual({ v: 2, callbacks: expect.any(Object) as unknown });
    expect(stored.history).toHaveLength(3);
    // Storage hands the epochs back as one JSON array text.
    expect(decodeResumePoint({ ...stored, history: `[${stored.history.join(',')}]` })).toEqual(point);
  });

  it('copies the history it is given: the run goes on adding epochs while the save waits to be written', () => {
    const history = ['{"epoch":0}'];
    const stored = encodeResumePoint({ initialEpoch: 1, learningRate: 0.01, callbacks: {} }, history);
    history.push('{"epoch":1}');
    expect(stored.history).toEqual(['{"epoch":0}']);
  });

  it('reads a version 1 document, saved with the history inside the callbacks\' text', () => {
    const history = [{ epoch: 0, logs: { loss: 0.5 }, lrDuring: 0.01, lrAfter: 0.01, seconds: 0.02, tensors: 30 }];
    const callbacks = { 'callbacks[0]': { type: 'ModelCheckpoint', state: { best: 0.5 } } };
    const version1 = { initialEpoch: 1, learningRate: 0.01, callbackState: JSON.stringify({ v: 1, callbacks, history }), history: null };
    expect(decodeResumePoint(version1)).toEqual({ initialEpoch: 1, learningRate: 0.01, callbacks, history });
  });

  it('refuses text it cannot read, and a version 2 document without its history', () => {
    expect(() => decodeResumePoint({ initialEpoch: 1, learningRate: 0.1, callbackState: '{"v":99}', history: '[]' })).toThrow(/resume state cannot be read/);
    expect(() => decodeResumePoint({ initialEpoch: 1, learningRate: 0.1, callbackState: '{"v":2,"callbacks":{}}', history: null })).toThrow(/resume state cannot be read: history/);
  });
});
