import { describe, expect, it } from 'vitest';
import { decodeResumePoint, encodeResumePoint, type ResumePoint } from './resumePoint';

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
    const stored = encodeResumePoint(point);
    expect(stored.initialEpoch).toBe(3);
    expect(JSON.parse(stored.callbackState)).toMatchObject({ v: 1 });
    expect(decodeResumePoint(stored)).toEqual(point);
  });

  it('refuses text it cannot read', () => {
    expect(() => decodeResumePoint({ initialEpoch: 1, learningRate: 0.1, callbackState: '{"v":99}' })).toThrow(/resume state cannot be read/);
  });
});
