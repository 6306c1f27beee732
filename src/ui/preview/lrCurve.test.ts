import { describe, expect, test } from 'vitest';
import { createSchedule } from '../../callbacks/schedules';
import { constantLrCurve, epochLrCurve, scheduleLrCurve, stackOutcome } from './lrCurve';

describe('scheduleLrCurve', () => {
  const cosine = { kind: 'CosineDecay', params: { initialLearningRate: 0, decaySteps: 1000, warmupTarget: 0.01, warmupSteps: 100 } } as const;

  test('short runs keep every step, at fractional 1-based epochs, with the exact rates', () => {
    const curve = scheduleLrCurve(cosine, 2, 10);
    const schedule = createSchedule(cosine);
    expect(curve).toHaveLength(20);
    expect(curve[19]).toEqual({ x: 2.9, lr: schedule.rateAt(19) });
    expect(curve[0]).toEqual({ x: 1, lr: schedule.rateAt(0) });
    expect(curve[15]).toEqual({ x: 2.5, lr: schedule.rateAt(15) });
    // No point at "epoch 3" of a 2-epoch run: the axis ends in epoch 2.
    expect(curve.at(-1)).toEqual({ x: 2.9, lr: schedule.rateAt(19) });
  });

  test('long runs are thinned to about the maximum, ending at the last step', () => {
    const curve = scheduleLrCurve(cosine, 100, 50, 400);
    expect(curve.length).toBeLessThanOrEqual(402);
    expect(curve.at(-1)?.x).toBe(100.98);
    expect(curve.map((point) => point.x)).toEqual([...curve.map((point) => point.x)].sort((a, b) => a - b));
  });

  test('a staircase keeps the step where each jump happens, though thinning would skip it', () => {
    const stairs = { kind: 'ExponentialDecay', params: { initialLearningRate: 0.1, decaySteps: 7, decayRate: 0.5, staircase: true } } as const;
    const curve = scheduleLrCurve(stairs, 2, 20, 8);
    const xs = curve.map((point) => point.x);
    for (const jump of [7, 14, 21, 28, 35]) expect(xs).toContain(1 + jump / 20);
  });
});

test('constantLrCurve spans the run at float32', () => {
  expect(constantLrCurve(0.1, 5)).toEqual([
    { x: 1, lr: Math.fround(0.1) },
    { x: 5, lr: Math.fround(0.1) },
  ]);
});

test('epochLrCurve holds the last epoch rate to the end of the run', () => {
  expect(epochLrCurve([0.1, 0.1, 0.05])).toEqual([
    { x: 1, lr: 0.1 },
    { x: 2, lr: 0.1 },
    { x: 3, lr: 0.05 },
  ]);
  expect(epochLrCurve([])).toEqual([]);
});

test('stackOutcome reports the 1-based epoch a stack stopped after, and its error', () => {
  const outcome = stackOutcome({
    lrDuring: [0.1, 0.1],
    stopped: { epoch: 1, batch: null, by: 'EarlyStopping' },
    error: null,
  });
  expect(outcome.stoppedAfter).toEqual({ epoch: 2, by: 'EarlyStopping' });
  expect(outcome.error).toBeNull();
});
