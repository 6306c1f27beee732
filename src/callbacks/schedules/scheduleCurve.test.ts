import { describe, expect, it } from 'vitest';
import { createSchedule, type ScheduleSpec } from './createSchedule';
import { scheduleCurve } from './scheduleCurve';

const cosine: ScheduleSpec = { kind: 'CosineDecay', params: { initialLearningRate: 0.1, decaySteps: 20 } };

describe('scheduleCurve', () => {
  it('gives the rate at every step below steps', () => {
    const schedule = createSchedule(cosine);
    const curve = scheduleCurve(cosine, 25);
    expect(curve).toBeInstanceOf(Float64Array);
    expect(Array.from(curve)).toEqual(Array.from({ length: 25 }, (_, step) => schedule.rateAt(step)));
  });

  it('samples every n-th step, starting at 0', () => {
    const schedule = createSchedule(cosine);
    expect(Array.from(scheduleCurve(cosine, 10, 4))).toEqual([0, 4, 8].map((step) => schedule.rateAt(step)));
    expect(scheduleCurve(cosine, 0)).toHaveLength(0);
  });

  it('rejects a step count or stride that is not a whole number', () => {
    expect(() => scheduleCurve(cosine, -1)).toThrow(RangeError);
    expect(() => scheduleCurve(cosine, 2.5)).toThrow(RangeError);
    expect(() => scheduleCurve(cosine, 10, 0)).toThrow(RangeError);
  });

  it("passes on the schedule's constructor error", () => {
    const spec: ScheduleSpec = { kind: 'ExponentialDecay', params: { initialLearningRate: 1, decaySteps: 0, decayRate: 0.5 } };
    expect(() => scheduleCurve(spec, 3)).toThrow('Argument `decay_steps` must be > 0');
  });
});
