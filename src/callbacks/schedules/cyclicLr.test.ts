import { describe, expect, it } from 'vitest';
import { CyclicLR } from './cyclicLr';
import { fixtureCases, mismatches } from './scheduleTestKit';

describe('CyclicLR', () => {
  it.each(fixtureCases('CyclicLR'))("matches PyTorch's formula: $name", (c) => {
    expect(mismatches(new CyclicLR(c.params), c)).toEqual([]);
  });

  it('triangular2 halves the peak each cycle', () => {
    const s = new CyclicLR({ baseLr: 0, maxLr: 1, stepSizeUp: 5, mode: 'triangular2' });
    expect([5, 15, 25, 35].map((step) => s.rateAt(step))).toEqual([1, 0.5, 0.25, 0.125]);
    expect([0, 10, 20].map((step) => s.rateAt(step))).toEqual([0, 0, 0]);
  });

  it('exp_range scales the height by gamma ** step', () => {
    const s = new CyclicLR({ baseLr: 0.1, maxLr: 0.2, stepSizeUp: 5, mode: 'exp_range', gamma: 0.9 });
    expect(s.rateAt(5)).toBe(Math.fround(0.1 + 0.1 * 0.9 ** 5));
  });

  it("takes PyTorch's defaults: 2000 steps up, as many down, triangular, gamma 1", () => {
    const s = new CyclicLR({ baseLr: 0.001, maxLr: 0.01 });
    expect([s.stepSizeUp, s.stepSizeDown, s.mode, s.gamma]).toEqual([2000, 2000, 'triangular', 1]);
  });

  it("raises PyTorch's errors for a bad mode and for zero-length cycles", () => {
    expect(() => new CyclicLR({ baseLr: 0, maxLr: 1, mode: 'saw' as 'triangular' })).toThrow(
      'mode is invalid and scale_fn is None',
    );
    expect(() => new CyclicLR({ baseLr: 0, maxLr: 1, stepSizeUp: 0, stepSizeDown: 0 })).toThrow(
      'ZeroDivisionError: float division by zero',
    );
    const noRise = new CyclicLR({ baseLr: 0, maxLr: 1, stepSizeUp: 0, stepSizeDown: 4 });
    expect(() => noRise.rateAt(0)).toThrow('ZeroDivisionError');
  });
});
