import { describe, expect, it } from 'vitest';
import { PolynomialDecay } from './polynomialDecay';
import { fixtureCases, mismatches } from './scheduleTestKit';

describe('PolynomialDecay', () => {
  it.each(fixtureCases('PolynomialDecay'))('matches Keras: $name', (c) => {
    expect(mismatches(new PolynomialDecay(c.params), c)).toEqual([]);
  });

  it("takes Keras's defaults: endLearningRate 0.0001, power 1, no cycle", () => {
    const s = new PolynomialDecay({ initialLearningRate: 0.1, decaySteps: 10 });
    expect([s.endLearningRate, s.power, s.cycle]).toEqual([0.0001, 1, false]);
    expect(s.rateAt(10)).toBe(Math.fround(0.0001));
    expect(s.rateAt(1000)).toBe(Math.fround(0.0001));
  });

  it('with cycle, ends each cycle at endLearningRate and restarts lower than the first', () => {
    const s = new PolynomialDecay({ initialLearningRate: 1, decaySteps: 10, endLearningRate: 0, cycle: true });
    expect(s.rateAt(10)).toBe(0);
    expect(s.rateAt(20)).toBe(0);
    expect(s.rateAt(11)).toBe(Math.fround(1 - 11 / 20));
    expect(s.rateAt(21)).toBe(Math.fround(1 - 21 / 30));
  });

  it("raises Keras's ValueError for a non-positive decaySteps", () => {
    expect(() => new PolynomialDecay({ initialLearningRate: 0.1, decaySteps: -1 })).toThrow(
      'Argument `decay_steps` must be > 0. Received: decay_steps=-1',
    );
  });
});
