import { describe, expect, it } from 'vitest';
import { smoothDebiasedEma } from './smoothing';

describe('debiased EMA smoothing', () => {
  it('leaves the series alone at weight 0', () => {
    expect(smoothDebiasedEma([3, 1, 2], 0)).toEqual([3, 1, 2]);
  });

  it('starts at the first value instead of near zero (debiased)', () => {
    const smoothed = smoothDebiasedEma([10, 10, 10], 0.9);
    for (const value of smoothed) expect(value).toBeCloseTo(10, 10);
  });

  it('follows the TensorBoard formula', () => {
    const [first, second] = smoothDebiasedEma([1, 3], 0.5) as [number, number];
    expect(first).toBeCloseTo(1);
    // average = (0.5·0.5 + 0.5·3) = 1.75, debias 1 - 0.25 = 0.75.
    expect(second).toBeCloseTo(1.75 / 0.75);
  });

  it('passes NaN and missing values through without poisoning the average', () => {
    expect(smoothDebiasedEma([1, Number.NaN, null, 1], 0.6)).toEqual([1, Number.NaN, null, expect.closeTo(1, 10)]);
  });
});
