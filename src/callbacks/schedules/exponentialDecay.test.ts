import { describe, expect, it } from 'vitest';
import { KerasError } from '../errors';
import { ExponentialDecay } from './exponentialDecay';
import { fixtureCases, mismatches } from './scheduleTestKit';

describe('ExponentialDecay', () => {
  it.each(fixtureCases('ExponentialDecay'))('matches Keras: $name', (c) => {
    expect(mismatches(new ExponentialDecay(c.params), c)).toEqual([]);
  });

  it('steps down only at multiples of decaySteps when staircase', () => {
    const s = new ExponentialDecay({ initialLearningRate: 1, decaySteps: 3, decayRate: 0.5, staircase: true });
    expect([0, 2, 3, 5, 6].map((step) => s.rateAt(step))).toEqual([1, 1, 0.5, 0.5, 0.25]);
  });

  it('returns float32 values', () => {
    const s = new ExponentialDecay({ initialLearningRate: 0.1, decaySteps: 10, decayRate: 0.9 });
    expect(s.rateAt(0)).toBe(Math.fround(0.1));
    expect(s.rateAt(7)).toBe(Math.fround(s.rateAt(7)));
  });

  it.each([0, -5])("raises Keras's ValueError for decaySteps=%d", (decaySteps) => {
    const make = () => new ExponentialDecay({ initialLearningRate: 0.1, decaySteps, decayRate: 0.9 });
    expect(make).toThrow(KerasError);
    expect(make).toThrow(`Argument \`decay_steps\` must be > 0. Received: decay_steps=${decaySteps}`);
  });

  it('fills staircase with its default', () => {
    expect(new ExponentialDecay({ initialLearningRate: 0.1, decaySteps: 10, decayRate: 0.9 }).staircase).toBe(false);
  });
});
