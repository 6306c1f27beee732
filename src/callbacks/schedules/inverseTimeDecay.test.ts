import { describe, expect, it } from 'vitest';
import { InverseTimeDecay } from './inverseTimeDecay';
import { fixtureCases, mismatches } from './scheduleTestKit';

describe('InverseTimeDecay', () => {
  it.each(fixtureCases('InverseTimeDecay'))('matches Keras: $name', (c) => {
    expect(mismatches(new InverseTimeDecay(c.params), c)).toEqual([]);
  });

  it('halves the rate once decayRate * step / decaySteps reaches 1', () => {
    const s = new InverseTimeDecay({ initialLearningRate: 0.1, decaySteps: 4, decayRate: 1 });
    expect(s.rateAt(4)).toBe(Math.fround(0.05));
  });

  it('holds each stair until the next multiple of decaySteps', () => {
    const s = new InverseTimeDecay({ initialLearningRate: 1, decaySteps: 10, decayRate: 1, staircase: true });
    expect([0, 9, 10, 19, 20].map((step) => s.rateAt(step))).toEqual([1, 1, 0.5, 0.5, Math.fround(1 / 3)]);
  });

  it("raises Keras's ValueError for a non-positive decaySteps", () => {
    expect(() => new InverseTimeDecay({ initialLearningRate: 0.1, decaySteps: 0, decayRate: 0.5 })).toThrow(
      'Argument `decay_steps` must be > 0. Received: decay_steps=0',
    );
  });
});
