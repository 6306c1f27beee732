import { describe, expect, it } from 'vitest';
import { downsampleRows, type ChartRow } from './downsample';

function rows(count: number, value: (index: number) => number): ChartRow[] {
  return Array.from({ length: count }, (_unused, index) => ({ epoch: index + 1, loss: value(index) }));
}

describe('downsampling rows for drawing', () => {
  it('keeps short series whole', () => {
    const input = rows(100, (index) => index);
    expect(downsampleRows(input, ['loss'], 500)).toEqual(input);
  });

  it('draws at most about maxRows rows of a long series, with the ends', () => {
    const input = rows(10_000, (index) => Math.sin(index / 50));
    const output = downsampleRows(input, ['loss'], 500);
    expect(output.length).toBeLessThanOrEqual(500);
    expect(output.length).toBeGreaterThan(300);
    expect(output[0]?.epoch).toBe(1);
    expect(output.at(-1)?.epoch).toBe(10_000);
    const epochs = output.map((row) => row.epoch);
    expect(epochs).toEqual([...epochs].sort((a, b) => a - b));
  });

  it('keeps a one-epoch spike and a NaN', () => {
    const input = rows(5_000, (index) => (index === 3_333 ? 99 : index === 4_000 ? Number.NaN : 1));
    const output = downsampleRows(input, ['loss'], 400);
    expect(output.some((row) => row.loss === 99)).toBe(true);
    expect(output.some((row) => Number.isNaN(row.loss))).toBe(true);
  });

  it('keeps each series’ extremes when several share the rows', () => {
    const input = Array.from({ length: 3_000 }, (_unused, index) => ({ epoch: index + 1, loss: index === 10 ? -5 : 0, val_loss: index === 2_000 ? 7 : 0 }));
    const output = downsampleRows(input, ['loss', 'val_loss'], 300);
    expect(output.some((row) => row.loss === -5)).toBe(true);
    expect(output.some((row) => row.val_loss === 7)).toBe(true);
  });
});
