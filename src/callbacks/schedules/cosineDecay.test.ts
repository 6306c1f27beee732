import { describe, expect, it } from 'vitest';
import { CosineDecay } from './cosineDecay';
import { fixtureCases, mismatches } from './scheduleTestKit';

describe('CosineDecay', () => {
  it.each(fixtureCases('CosineDecay'))('matches Keras: $name', (c) => {
    expect(mismatches(new CosineDecay(c.params), c)).toEqual([]);
  });

  it('reaches warmupTarget exactly at the end of warm-up, then decays', () => {
    const s = new CosineDecay({ initialLearningRate: 0, decaySteps: 100, warmupTarget: 0.1, warmupSteps: 10 });
    expect(s.rateAt(0)).toBe(0);
    expect(s.rateAt(9)).toBe(Math.fround(0.09));
    expect(s.rateAt(10)).toBe(Math.fround(0.1));
    expect(s.rateAt(11)).toBeLessThan(Math.fround(0.1));
  });

  it('holds initialLearningRate * alpha after decaySteps', () => {
    const s = new CosineDecay({ initialLearningRate: 0.2, decaySteps: 50, alpha: 0.25 });
    expect(s.rateAt(50)).toBe(Math.fround(0.05));
    expect(s.rateAt(5000)).toBe(Math.fround(0.05));
  });

  it("takes Keras's defaults: alpha 0, no warm-up", () => {
    const s = new CosineDecay({ initialLearningRate: 0.1, decaySteps: 10 });
    expect([s.alpha, s.warmupTarget, s.warmupSteps]).toEqual([0, null, 0]);
  });

  it("raises Keras's ValueError for a non-positive decaySteps", () => {
    expect(() => new CosineDecay({ initialLearningRate: 0.1, decaySteps: 0 })).toThrow(
      'Argument `decay_steps` must be > 0. Received: decay_steps=0',
    );
  });
});
