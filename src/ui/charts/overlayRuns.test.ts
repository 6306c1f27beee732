import { describe, expect, it } from 'vitest';
import { canvasPlot, FADED_ALPHA } from './canvasPlot';
import { buildLearningRateChart, buildLogCharts } from './chartModel';
import { overlayMarkers, withOverlays, type OverlayRun } from './overlayRuns';
import { seriesColor } from './seriesColor';

const rows = (losses: number[]) => losses.map((loss, epoch) => ({ epoch, logs: { loss, val_loss: loss + 0.1 }, lrDuring: 0.01, lrAfter: 0.01, seconds: 0, tensors: 0 }));
const past: OverlayRun = {
  id: 'p1',
  label: 'patience 3',
  colour: '#64748b',
  history: rows([1, 0.9, 0.8, 0.7]),
  events: [
    { epoch: 2, batch: null, callback: 'ReduceLROnPlateau', kind: 'lr_reduced', message: 'Epoch 3: ReduceLROnPlateau reducing learning rate to 0.005.', value: 0.005 },
    { epoch: 2, batch: null, callback: 'CSVLogger', kind: 'csv_row', message: 'row' },
  ],
};

describe('past runs laid under the current one', () => {
  it('adds each past series after the current ones, named after the run, faded, merged by epoch', () => {
    const own = buildLogCharts(rows([0.95, 0.85]))[0];
    if (!own) throw new Error('no loss chart');
    const spec = withOverlays(own, [past], (history) => buildLogCharts(history)[0] ?? null);
    expect(spec.series.map((series) => [series.label, series.faded ?? false])).toEqual([
      ['loss', false],
      ['val_loss', false],
      ['patience 3: loss', true],
      ['patience 3: val_loss', true],
    ]);
    expect(spec.rows).toHaveLength(4);
    expect(spec.rows[1]).toEqual({ epoch: 2, loss: 0.85, val_loss: 0.85 + 0.1, 'loss@p1': 0.9, 'val_loss@p1': 0.9 + 0.1 });
    expect(spec.rows[3]).toEqual({ epoch: 4, 'loss@p1': 0.7, 'val_loss@p1': 0.7 + 0.1 });
    // The current run keeps its colours; the past one takes its own.
    expect(seriesColor(spec.series[0] as never, 0)).toBe('#2563eb');
    expect(seriesColor(spec.series[2] as never, 2)).toBe('#64748b');
  });

  it('draws the past runs first and faded on the canvas', () => {
    const spec = withOverlays(buildLearningRateChart(rows([1, 1])), [past], buildLearningRateChart);
    const plot = canvasPlot(spec, 0);
    expect(plot?.lines.map((line) => [line.key, line.style.alpha])).toEqual([
      ['lr@p1', FADED_ALPHA],
      ['lr', 1],
    ]);
  });

  it('draws the past runs alone before the current run has an epoch', () => {
    const spec = withOverlays(buildLogCharts([])[0] as never, [past], (history) => buildLogCharts(history)[0] ?? null);
    expect(spec.rows).toHaveLength(4);
  });

  it('lists the past runs’ markers named after their run, only those the charts mark', () => {
    expect(overlayMarkers([past])).toEqual([{ epoch: 3, kind: 'lr_reduced', callback: 'patience 3: ReduceLROnPlateau', message: 'Epoch 3: ReduceLROnPlateau reducing learning rate to 0.005.' }]);
    expect(overlayMarkers([past], (marker) => marker.kind === 'checkpoint_saved')).toEqual([]);
  });
});
