import { describe, expect, it } from 'vitest';
import type { ChartCurve } from './chartCurve';
import { runsPlot, VALUE_KEY } from './runsPlot';

const curve = (id: string, points: [number, number | null][], dashed = false): ChartCurve => ({
  id,
  label: id,
  colour: `#${id}`,
  points: points.map(([x, y]) => ({ x, y })),
  dashed,
});

describe('runsPlot', () => {
  it('has nothing to draw before the first point', () => {
    expect(runsPlot([], 'linear')).toBeNull();
    expect(runsPlot([curve('a', [])], 'linear')).toBeNull();
  });

  it('spans the x axis from the first point of any run to the last, and the y axis over every run', () => {
    const plot = runsPlot([curve('a', [[0, 2.3], [1, 1.1], [2, 0.7]]), curve('b', [[0, 2.3], [1, 0.4]])], 'linear');
    expect(plot?.x.domain).toEqual([0, 2]);
    expect(plot?.y.domain[0]).toBeLessThanOrEqual(0.4);
    expect(plot?.y.domain[1]).toBeGreaterThanOrEqual(2.3);
    expect(plot?.lines.map((line) => line.rows.map((row) => row[VALUE_KEY]))).toEqual([
      [2.3, 1.1, 0.7],
      [2.3, 0.4],
    ]);
  });

  it('keeps each run its colour, and dashes replays', () => {
    const plot = runsPlot([curve('a', [[1, 1]]), curve('b', [[1, 2]], true)], 'linear');
    expect(plot?.lines.map((line) => [line.style.color, line.style.dashed])).toEqual([
      ['#a', false],
      ['#b', true],
    ]);
  });

  it('breaks a line on a log axis where a value is zero, negative or not finite, and scales to whole decades', () => {
    const plot = runsPlot([curve('a', [[1, 0.01], [2, 0], [3, Number.NaN], [4, 0.002]])], 'log');
    expect(plot?.lines[0]?.rows.map((row) => row[VALUE_KEY])).toEqual([0.01, null, null, 0.002]);
    expect(plot?.y).toMatchObject({ scale: 'log', domain: [0.001, 0.01] });
  });

  it('draws a single epoch on an axis one epoch wider on each side', () => {
    expect(runsPlot([curve('a', [[3, 0.5]])], 'linear')?.x.domain).toEqual([2, 4]);
  });
});

describe('a seed group', () => {
  it('counts its band in the y extent, and leaves out band points a log axis cannot show', () => {
    const group: ChartCurve = { ...curve('a', [[1, 1], [2, 0.5]]), band: [{ x: 1, lo: 0.8, hi: 3, seeds: [0.8, 3] }, { x: 2, lo: 0, hi: 1, seeds: [0, 1] }] };
    const linear = runsPlot([group], 'linear');
    expect(linear?.y.domain[1]).toBeGreaterThanOrEqual(3);
    expect(linear?.y.domain[0]).toBeLessThanOrEqual(0);
    expect(runsPlot([group], 'log')?.lines[0]?.band).toEqual([{ x: 1, lo: 0.8, hi: 3, seeds: [0.8, 3] }]);
  });
});
