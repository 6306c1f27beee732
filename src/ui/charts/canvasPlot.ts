/**
 * What the canvas chart draws, worked out once per update and without a
 * canvas: the rows (smoothed and thinned as the finished chart draws them),
 * the two axes, each line with its style (raw faint under the smoothed line
 * when smoothing is on, validation dashed), and where the plot sits in the
 * canvas, in the same place as in the recharts chart.
 */
import { epochAxis, project, type Axis } from './canvasScale';
import type { ChartSpec, SeriesSpec } from './chartModel';
import { drawnRows, smoothKey } from './chartRows';
import type { ChartRow } from './downsample';
import type { LineStyle } from './drawSeries';
import { seriesColor } from './seriesColor';
import { valueAxis } from './valueAxis';

export interface PlotLine {
  key: string;
  style: LineStyle;
}

export interface CanvasPlot {
  rows: ChartRow[];
  x: Axis;
  y: Axis;
  lines: PlotLine[];
  stepped: boolean;
}

export interface PlotArea {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** The recharts chart's margins and axis sizes (MetricChart), so switching between the two does not move the plot. */
const MARGIN = { top: 16, right: 12, left: 52, bottom: 30 };

export function plotArea(width: number, height: number): PlotArea {
  return { x: MARGIN.left, y: MARGIN.top, width: Math.max(1, width - MARGIN.left - MARGIN.right), height: Math.max(1, height - MARGIN.top - MARGIN.bottom) };
}

/** A past run's lines (overlayRuns.ts) are this opaque; their raw lines under smoothing fainter still. */
export const FADED_ALPHA = 0.4;

export function rawAlpha(series: Pick<SeriesSpec, 'faded'>, smoothed: boolean): number {
  if (series.faded) return smoothed ? FADED_ALPHA / 3 : FADED_ALPHA;
  return smoothed ? 0.25 : 1;
}

/** Past runs go under the current one, drawn first; each keeps its place in the spec, which sets its colour. */
export function underFirst(series: readonly SeriesSpec[]): { series: SeriesSpec; index: number }[] {
  return series.map((entry, index) => ({ series: entry, index })).sort((a, b) => Number(b.series.faded ?? false) - Number(a.series.faded ?? false));
}

export function canvasPlot(spec: ChartSpec, smoothing: number): CanvasPlot | null {
  const { rows, smoothed } = drawnRows(spec, smoothing);
  const first = rows[0];
  const last = rows.at(-1);
  if (!first || !last) return null;
  const ordered = underFirst(spec.series);
  const lines: PlotLine[] = ordered.map(({ series, index }) => ({
    key: series.key,
    style: { color: seriesColor(series, index), width: smoothed ? 1 : 1.75, alpha: rawAlpha(series, smoothed), dashed: series.validation && !smoothed },
  }));
  if (smoothed) {
    ordered.forEach(({ series, index }) => {
      lines.push({ key: smoothKey(series.key), style: { color: seriesColor(series, index), width: 1.75, alpha: series.faded ? FADED_ALPHA : 1, dashed: series.validation } });
    });
  }
  return {
    rows,
    x: epochAxis(first.epoch, last.epoch),
    y: valueAxis(spec.scale, rows, lines.map((line) => line.key), spec.ceiling),
    lines,
    stepped: spec.stepped,
  };
}

/** Epoch and value to canvas pixels within the plot area (values grow upwards). */
export function plotProjection(plot: Pick<CanvasPlot, 'x' | 'y'>, area: PlotArea): { x: (epoch: number) => number; y: (value: number) => number } {
  return {
    x: (epoch) => project(plot.x, epoch, area.x, area.x + area.width),
    y: (value) => project(plot.y, value, area.y + area.height, area.y),
  };
}
