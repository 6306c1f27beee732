import { describe, expect, it } from 'vitest';
import { canvasPlot, plotArea, plotProjection } from './canvasPlot';
import { buildLogCharts, type ChartSpec } from './chartModel';

const loss: ChartSpec = {
  id: 'loss',
  title: 'Loss',
  series: [
    { key: 'loss', label: 'loss', validation: false },
    { key: 'val_loss', label: 'val_loss', validation: true },
  ],
  rows: [
    { epoch: 1, loss: 1, val_loss: 1.2 },
    { epoch: 2, loss: 0.6, val_loss: 0.9 },
    { epoch: 3, loss: 0.4, val_loss: null },
  ],
  scale: 'linear',
  stepped: false,
};

const rate: ChartSpec = {
  id: 'learning_rate',
  title: 'Learning rate',
  series: [{ key: 'lr', label: 'learning rate', validation: false }],
  rows: [
    { epoch: 1, lr: 0.01 },
    { epoch: 2, lr: 0.002 },
  ],
  scale: 'log',
  stepped: true,
};

describe('canvas plot', () => {
  it('draws the raw series faint under their smoothed lines, validation dashed', () => {
    const plot = canvasPlot(loss, 0.6);
    expect(plot?.lines.map((line) => [line.key, line.style.alpha, line.style.dashed])).toEqual([
      ['loss', 0.25, false],
      ['val_loss', 0.25, false],
      ['loss__smoothed', 1, false],
      ['val_loss__smoothed', 1, true],
    ]);
    expect(plot?.x.domain).toEqual([1, 3]);
    expect(plot?.y.domain[0]).toBeLessThanOrEqual(0.4);
    expect(plot?.y.domain[1]).toBeGreaterThanOrEqual(1.2);
  });

  it('draws only the raw series, solid and dashed, without smoothing', () => {
    expect(canvasPlot(loss, 0)?.lines.map((line) => [line.key, line.style.alpha, line.style.dashed])).toEqual([
      ['loss', 1, false],
      ['val_loss', 1, true],
    ]);
  });

  it('never smooths the learning rate, and draws it as steps on a log axis', () => {
    const plot = canvasPlot(rate, 0.9);
    expect(plot?.lines.map((line) => line.key)).toEqual(['lr']);
    expect(plot?.stepped).toBe(true);
    expect(plot?.y).toEqual({ scale: 'log', domain: [0.001, 0.01], ticks: [0.001, 0.002, 0.005, 0.01] });
  });

  it('keeps the healthy epochs of a loss that blows up apart, on distinct ticks', () => {
    const history = [0.9, 0.5, 0.3, 4e3, 9.9e18, 1.2e35].map((value, epoch) => ({ epoch, logs: { loss: value }, lrDuring: 0.01, lrAfter: 0.01, seconds: 0.1, tensors: 1 }));
    const spec = buildLogCharts(history)[0];
    if (!spec) throw new Error('no loss chart');
    const plot = canvasPlot(spec, 0);
    if (!plot) throw new Error('nothing drawn');
    const y = plotProjection(plot, plotArea(600, 200)).y;
    // The healthy epochs' fall from 0.9 to 0.3 shows, where a linear axis up to 1e35 would put them all on one pixel.
    expect(Math.abs(y(0.9) - y(0.3))).toBeGreaterThan(1);
    expect(y(4e3)).toBeLessThan(y(0.3));
    expect(new Set(plot.y.ticks).size).toBe(plot.y.ticks.length);
  });

  it('ends an accuracy axis at 1', () => {
    const spec: ChartSpec = { id: 'accuracy', title: 'accuracy', series: [{ key: 'accuracy', label: 'accuracy', validation: false }], rows: [{ epoch: 1, accuracy: 0.55 }, { epoch: 2, accuracy: 0.99 }], scale: 'linear', stepped: false, ceiling: 1 };
    const plot = canvasPlot(spec, 0);
    expect(plot?.y.domain[1]).toBe(1);
    expect(plot?.y.ticks.at(-1)).toBe(1);
  });

  it('has nothing to draw before the first epoch', () => {
    expect(canvasPlot({ ...loss, rows: [] }, 0.6)).toBeNull();
  });

  it('places the plot where the recharts chart has it, and projects into it', () => {
    const area = plotArea(400, 200);
    expect(area).toEqual({ x: 52, y: 16, width: 336, height: 154 });
    const plot = canvasPlot(rate, 0);
    if (!plot) throw new Error('no plot');
    const { x, y } = plotProjection(plot, area);
    expect(x(1)).toBe(52);
    expect(x(2)).toBe(388);
    expect(y(0.01)).toBe(16);
    expect(y(0.001)).toBe(170);
  });
});
