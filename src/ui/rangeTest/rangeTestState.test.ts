import { describe, expect, it } from 'vitest';
import { endNote, roundedRate } from './rangeTestState';

describe('range test state', () => {
  it('rounds a suggested rate to two significant digits', () => {
    expect(roundedRate(0.0123456)).toBe(0.012);
    expect(roundedRate(3.16e-4)).toBe(0.00032);
  });

  it('says how the test ended', () => {
    expect(endNote({ points: [], end: 'diverged', configuredRate: 0.01 })).toMatch(/4× its best/);
    expect(endNote({ points: [], end: 'not_finite', configuredRate: 0.01 })).toMatch(/NaN/);
  });
});
