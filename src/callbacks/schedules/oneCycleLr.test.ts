import { describe, expect, it } from 'vitest';
import { KerasError } from '../errors';
import { OneCycleLR } from './oneCycleLr';
import { fixtureCases, mismatches } from './scheduleTestKit';

describe('OneCycleLR', () => {
  it.each(fixtureCases('OneCycleLR'))("matches PyTorch's formula: $name", (c) => {
    expect(mismatches(new OneCycleLR(c.params), c)).toEqual([]);
  });

  it('starts at maxLr / divFactor, peaks at step pctStart * totalSteps - 1, ends at the minimum', () => {
    const s = new OneCycleLR({ maxLr: 0.1, totalSteps: 100 });
    expect(s.rateAt(0)).toBe(Math.fround(0.1 / 25));
    expect(s.rateAt(29)).toBe(Math.fround(0.1));
    expect(s.rateAt(99)).toBe(Math.fround(0.1 / 25 / 1e4));
  });

  it('with threePhase, comes back to the initial rate at step 2 * pctStart * totalSteps - 2', () => {
    const s = new OneCycleLR({ maxLr: 0.1, totalSteps: 100, threePhase: true });
    expect(s.rateAt(58)).toBe(Math.fround(0.1 / 25));
  });

  it("raises PyTorch's ValueError past totalSteps", () => {
    const s = new OneCycleLR({ maxLr: 0.1, totalSteps: 10 });
    expect(() => s.rateAt(10)).not.toThrow();
    expect(() => s.rateAt(11)).toThrow('Tried to step 11 times. The specified number of total steps is 10');
  });

  it("raises PyTorch's ZeroDivisionError where pctStart * totalSteps is 1", () => {
    const s = new OneCycleLR({ maxLr: 0.1, totalSteps: 10, pctStart: 0.1 });
    expect(() => s.rateAt(0)).toThrow('ZeroDivisionError: float division by zero');
  });

  it.each([
    [{ totalSteps: 0 }, 'totalSteps', 'Expected positive integer total_steps, but got 0'],
    [{ totalSteps: 2.5 }, 'totalSteps', 'Expected positive integer total_steps, but got 2.5'],
    [{ pctStart: 1.5 }, 'pctStart', 'Expected float between 0 and 1 pct_start, but got 1.5'],
    [{ annealStrategy: 'step' as 'cos' }, 'annealStrategy', "anneal_strategy must be one of 'cos' or 'linear', instead got step"],
  ])("raises PyTorch's ValueError for %o", (override, param, message) => {
    try {
      new OneCycleLR({ maxLr: 0.1, totalSteps: 10, ...override });
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(KerasError);
      expect((error as KerasError).message).toBe(message);
      expect((error as KerasError).param).toBe(param);
    }
  });
});
