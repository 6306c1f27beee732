/** The rows a chart draws: smoothed copies beside the raw series, then thinned for drawing. */
import type { ChartSpec } from './chartModel';
import { downsampleRows, type ChartRow } from './downsample';
import { smoothDebiasedEma } from './smoothing';

export const MAX_DRAWN_ROWS = 500;

export const smoothKey = (key: string) => `${key}__smoothed`;

export function drawnRows(spec: ChartSpec, smoothing: number): { rows: ChartRow[]; smoothed: boolean } {
  const smoothed = !spec.stepped && smoothing > 0;
  let rows = spec.rows;
  if (smoothed) {
    const columns = spec.series.map(({ key }) => smoothDebiasedEma(spec.rows.map((row) => row[key] ?? null), smoothing));
    rows = spec.rows.map((row, index) => {
      const next: ChartRow = { ...row };
      spec.series.forEach(({ key }, column) => {
        next[smoothKey(key)] = columns[column]?.[index] ?? null;
      });
      return next;
    });
  }
  // recharts breaks a line at null; NaN and infinities cannot be drawn.
  const drawable = rows.map((row) => {
    const next: ChartRow = { epoch: row.epoch };
    for (const [key, value] of Object.entries(row)) if (key !== 'epoch') next[key] = value !== null && Number.isFinite(value) ? value : null;
    return next;
  });
  const keys = spec.series.map(({ key }) => key);
  const thinned = downsampleRows(rows, keys, MAX_DRAWN_ROWS);
  const keptEpochs = new Set(thinned.map((row) => row.epoch));
  return { rows: drawable.filter((row) => keptEpochs.has(row.epoch)), smoothed };
}
