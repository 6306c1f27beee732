/**
 * What the live compare chart paints, worked out without a canvas: each
 * shown curve as rows the line painter reads, its colour and dash, and axes
 * laid out as the finished recharts chart lays them (x from the first point
 * to the last, y 'auto', decades on a log axis), so the switch at the end of
 * a comparison does not move the lines. A seed group's band counts in the
 * y extent, as recharts counts its area.
 */
import { epochAxis, linearAxis, logAxis, valueExtent, type Axis } from '../charts/canvasScale';
import type { ChartRow } from '../charts/downsample';
import type { LineStyle } from '../charts/drawSeries';
import type { ChartCurve, CurvePoint } from './chartCurve';

export const VALUE_KEY = 'y';

export interface RunsLine {
  id: string;
  rows: ChartRow[];
  style: LineStyle;
  /** A seed group's min–max band, drawable points only. */
  band: { x: number; lo: number; hi: number }[];
}

export interface RunsPlot {
  x: Axis;
  y: Axis;
  lines: RunsLine[];
}

/** A log axis cannot show 0, negatives or NaN: the line breaks there, as recharts breaks it. */
export function drawable(points: readonly CurvePoint[], log: boolean): CurvePoint[] {
  return points.map(({ x, y }) => ({ x, y: y !== null && Number.isFinite(y) && (!log || y > 0) ? y : null }));
}

export function runsPlot(curves: readonly ChartCurve[], scale: 'linear' | 'log'): RunsPlot | null {
  const log = scale === 'log';
  const lines: RunsLine[] = curves.map((curve) => ({
    id: curve.id,
    rows: drawable(curve.points, log).map(({ x, y }) => ({ epoch: x, [VALUE_KEY]: y })),
    style: { color: curve.colour, width: 1.75, alpha: 1, dashed: curve.dashed === true },
    band: (curve.band ?? []).filter(({ lo, hi }) => Number.isFinite(lo) && Number.isFinite(hi) && (!log || lo > 0)),
  }));
  // Each curve's points run left to right, so its first and last hold its extent.
  const xs = lines.flatMap((line) => [line.rows[0]?.epoch, line.rows.at(-1)?.epoch]).filter((x) => x !== undefined);
  if (xs.length === 0) return null;
  const bandRows = lines.flatMap((line) => line.band.map(({ lo, hi }) => ({ lo, hi })));
  const extent = valueExtent([...lines.flatMap((line) => line.rows), ...bandRows], [VALUE_KEY, 'lo', 'hi'], log) ?? (log ? [0.001, 0.001] : [0, 1]);
  return {
    x: epochAxis(Math.min(...xs), Math.max(...xs)),
    y: log ? logAxis(extent[0], extent[1]) : linearAxis(extent[0], extent[1]),
    lines,
  };
}
