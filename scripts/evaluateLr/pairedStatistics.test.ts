import { describe, expect, it } from 'vitest';
import { pairedWinRate, pairOutcome } from './pairedStatistics';

describe('paired statistics', () => {
  it('scores a pair, with divergence losing and ties half', () => {
    expect(pairOutcome(0.1, 0.2)).toBe(1);
    expect(pairOutcome(0.3, 0.2)).toBe(0);
    expect(pairOutcome(Number.NaN, 5)).toBe(0);
    expect(pairOutcome(null, Number.NaN)).toBe(0.5);
  });

  it('gives a bootstrap interval around the win rate, the same each time', () => {
    const groups = [[1, 1, 1, 0, 1, 1, 0, 1, 1, 1]];
    const result = pairedWinRate(groups);
    expect(result.winRate).toBe(0.8);
    expect(result.ci95[0]).toBeLessThan(0.8);
    expect(result.ci95[1]).toBeGreaterThan(0.8);
    expect(pairedWinRate(groups)).toEqual(result);
    expect(pairedWinRate([[1, 1, 1, 1]]).ci95).toEqual([1, 1]);
  });
});
