import { describe, expect, it } from 'vitest';
import { KerasError } from '../errors';
import { PiecewiseConstantDecay } from './piecewiseConstantDecay';
import { fixtureCases, mismatches } from './scheduleTestKit';

describe('PiecewiseConstantDecay', () => {
  it.each(fixtureCases('PiecewiseConstantDecay'))('matches Keras: $name', (c) => {
    expect(mismatches(new PiecewiseConstantDecay(c.params), c)).toEqual([]);
  });

  it('keeps the old value at the boundary step itself (step > boundary switches)', () => {
    const s = new PiecewiseConstantDecay({ boundaries: [10, 20], values: [0.1, 0.01, 0.001] });
    expect([9, 10, 11, 20, 21].map((step) => s.rateAt(step))).toEqual(
      [0.1, 0.1, 0.01, 0.01, 0.001].map(Math.fround),
    );
  });

  it('truncates fractional boundaries, as the cast to the integer step type does', () => {
    const s = new PiecewiseConstantDecay({ boundaries: [-0.5], values: [1, 2] });
    expect(s.rateAt(0)).toBe(1);
    expect(s.rateAt(1)).toBe(2);
  });

  it("raises Keras's ValueError, with Keras's words, when the lengths do not fit", () => {
    const make = () => new PiecewiseConstantDecay({ boundaries: [100000, 110000], values: [1, 0.5] });
    expect(make).toThrow(KerasError);
    expect(make).toThrow(
      'The length of boundaries should be 1 less than the length of values. ' +
        'Received: boundaries=[100000, 110000] of length 2, and values=[1.0, 0.5] of length 2.',
    );
  });

  it('raises at construction for empty boundaries, where Keras raises at the first step', () => {
    expect(() => new PiecewiseConstantDecay({ boundaries: [], values: [0.1] })).toThrow(/list index out of range/);
  });

  it('keeps its own copies of the lists', () => {
    const boundaries = [5];
    const s = new PiecewiseConstantDecay({ boundaries, values: [0.1, 0.01] });
    boundaries[0] = 0;
    expect(s.rateAt(3)).toBe(Math.fround(0.1));
  });
});
