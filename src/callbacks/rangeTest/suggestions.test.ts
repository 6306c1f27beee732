import { describe, expect, it } from 'vitest';
import { DebiasedEma, DEFAULT_RANGE_TEST, rangeTestRate, rangeTestSettingsProblem } from './rangeTestSettings';
import type { RangeTestCurve } from './rangeTestCurve';
import { suggestRates } from './suggestions';

/** A curve over the default rates from a loss function of log10(rate), smoothed as the test smooths. */
function curveOf(lossAt: (logRate: number, index: number) => number, steps = 100): RangeTestCurve {
  const settings = { ...DEFAULT_RANGE_TEST, steps };
  const ema = new DebiasedEma();
  const points = Array.from({ length: steps }, (_unused, index) => {
    const rate = rangeTestRate(settings, index);
    const loss = lossAt(Math.log10(rate), index);
    return { rate, loss, smoothed: ema.push(loss) };
  });
  return { points, end: 'completed', configuredRate: 0.01 };
}

/** Flat at 1 until 1e-4, falling to 0.2 by 1e-2, rising again after. */
const valleyCurve = (x: number): number => (x < -4 ? 1 : x < -2 ? 1 - 0.4 * (x + 4) : 0.2 + 2 * (x + 2) ** 2);

describe('range test rates', () => {
  it('spaces the rates evenly in log from start to end', () => {
    expect(rangeTestRate(DEFAULT_RANGE_TEST, 0)).toBeCloseTo(1e-7, 20);
    expect(rangeTestRate(DEFAULT_RANGE_TEST, 99)).toBeCloseTo(10, 10);
    const ratio = rangeTestRate(DEFAULT_RANGE_TEST, 51) / rangeTestRate(DEFAULT_RANGE_TEST, 50);
    expect(rangeTestRate(DEFAULT_RANGE_TEST, 11) / rangeTestRate(DEFAULT_RANGE_TEST, 10)).toBeCloseTo(ratio, 10);
  });

  it('refuses settings that cannot run, at their field', () => {
    expect(rangeTestSettingsProblem({ startLr: 0, endLr: 1, steps: 100 })?.field).toBe('startLr');
    expect(rangeTestSettingsProblem({ startLr: 1, endLr: 0.1, steps: 100 })?.field).toBe('endLr');
    expect(rangeTestSettingsProblem({ startLr: 1e-7, endLr: 10, steps: 2.5 })?.field).toBe('steps');
    expect(rangeTestSettingsProblem(DEFAULT_RANGE_TEST)).toBeNull();
  });

  it('debiases the first smoothed values', () => {
    const ema = new DebiasedEma(0.98);
    expect(ema.push(5)).toBeCloseTo(5, 10);
    expect(ema.push(5)).toBeCloseTo(5, 10);
  });
});

describe('suggestRates', () => {
  it('finds a known valley, with the steep point on its falling side and minimum/10 a decade below the minimum', () => {
    const { suggestions, noValley } = suggestRates(curveOf(valleyCurve));
    expect(noValley).toBeNull();
    const byName = Object.fromEntries(suggestions.map((suggestion) => [suggestion.name, suggestion]));
    expect(Object.keys(byName)).toEqual(['valley', 'steep', 'minimum/10']);
    const valley = Math.log10(byName['valley']?.rate ?? 0);
    expect(valley).toBeGreaterThan(-4.5);
    expect(valley).toBeLessThan(-1.5);
    const steep = Math.log10(byName['steep']?.rate ?? 0);
    expect(steep).toBeGreaterThan(-4.5);
    expect(steep).toBeLessThan(-1.5);
    const minimum = byName['minimum/10'];
    expect(minimum?.rate).toBeCloseTo((minimum?.markRate ?? 0) / 10, 12);
    expect(Math.log10(minimum?.markRate ?? 0)).toBeGreaterThan(-2.6);
    for (const suggestion of suggestions) expect(suggestion.explanation).toMatch(suggestion.name);
  });

  it('says plainly there is no valley when the loss only rises', () => {
    const result = suggestRates(curveOf((x) => 1 + 0.05 * (x + 7) ** 2));
    expect(result.suggestions).toEqual([]);
    expect(result.noValley).toMatch(/no usable valley: the loss never fell/i);
  });

  it('says there is no valley when the loss stays flat with noise', () => {
    const result = suggestRates(curveOf((_x, index) => 1 + 0.001 * Math.sin(index * 1.7)));
    expect(result.suggestions).toEqual([]);
    expect(result.noValley).not.toBeNull();
  });

  it('ignores an early spike in the first 10 % of the steps', () => {
    // A huge fall right at the start (a spike coming down) would be the steepest point without the skip.
    const spiky = (x: number, index: number): number => (index < 5 ? 50 - index * 10 : valleyCurve(x));
    const curve = curveOf(spiky);
    curve.points = curve.points.map((point, index) => ({ ...point, smoothed: index < 5 ? spiky(0, index) : valleyCurve(Math.log10(point.rate)) }));
    const steep = suggestRates(curve).suggestions.find((suggestion) => suggestion.name === 'steep');
    expect(Math.log10(steep?.rate ?? 0)).toBeGreaterThan(-4.5);
  });

  it('says when the model gave NaN at once', () => {
    const curve: RangeTestCurve = { points: [{ rate: 1e-7, loss: Number.NaN, smoothed: Number.NaN }], end: 'not_finite', configuredRate: 0.01 };
    expect(suggestRates(curve).noValley).toMatch(/NaN or infinite loss at the very first step/);
  });

  it('reads a curve that stopped early at divergence', () => {
    const curve = curveOf(valleyCurve);
    curve.points = curve.points.filter((point) => point.rate < 0.05);
    curve.end = 'diverged';
    expect(suggestRates(curve).suggestions[0]?.name).toBe('valley');
  });
});
