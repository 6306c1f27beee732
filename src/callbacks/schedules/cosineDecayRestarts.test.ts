import { describe, expect, it } from 'vitest';
import { CosineDecayRestarts } from './cosineDecayRestarts';
import { fixtureCases, mismatches } from './scheduleTestKit';

describe('CosineDecayRestarts', () => {
  it.each(fixtureCases('CosineDecayRestarts'))('matches Keras: $name', (c) => {
    expect(mismatches(new CosineDecayRestarts(c.params), c)).toEqual([]);
  });

  it('restarts at 10, 30, 70 and 150 steps with the defaults (tMul 2)', () => {
    const s = new CosineDecayRestarts({ initialLearningRate: 1, firstDecaySteps: 10 });
    expect([0, 10, 30, 70, 150].map((step) => s.restartIndex(step))).toEqual([0, 1, 2, 3, 4]);
    expect([9, 29, 69, 149].map((step) => s.restartIndex(step))).toEqual([0, 1, 2, 3]);
    for (const step of [0, 10, 30, 70, 150]) expect(s.rateAt(step)).toBe(1);
  });

  // In float64, log(243) / log(3) is 4.999… with glibc's log and 5 with V8's:
  // the float32 index Keras takes does not depend on the last bit of log.
  it('starts the fifth tMul=3 period on time, at step 1210', () => {
    const s = new CosineDecayRestarts({ initialLearningRate: 0.1, firstDecaySteps: 10, tMul: 3 });
    expect(s.restartIndex(1209)).toBe(4);
    expect(s.restartIndex(1210)).toBe(5);
    expect(s.rateAt(1210)).toBe(Math.fround(0.1));
  });

  it('scales each restart by mMul but not the floor alpha', () => {
    const s = new CosineDecayRestarts({ initialLearningRate: 1, firstDecaySteps: 4, tMul: 1, mMul: 0.5, alpha: 0.1 });
    expect(s.rateAt(4)).toBe(Math.fround(0.9 * 0.5 + 0.1));
    expect(s.rateAt(8)).toBe(Math.fround(0.9 * 0.25 + 0.1));
  });

  it("raises Keras's ValueError for a non-positive firstDecaySteps", () => {
    expect(() => new CosineDecayRestarts({ initialLearningRate: 0.1, firstDecaySteps: 0 })).toThrow(
      'Argument `first_decay_steps` must be > 0. Received: first_decay_steps=0',
    );
  });
});
