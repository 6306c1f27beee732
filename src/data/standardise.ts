/**
 * Standardising features: each column's mean and deviation measured on the
 * training rows only, then applied to every part (training, validation,
 * test), so nothing about the held-out rows leaks into training. A constant
 * column keeps a deviation of 1. Row-major matrices of `width` columns.
 */

export interface ColumnStats {
  mean: Float64Array;
  std: Float64Array;
}

export function columnStats(x: Float32Array, rows: number, width: number): ColumnStats {
  const mean = new Float64Array(width);
  const std = new Float64Array(width);
  for (let column = 0; column < width; column++) {
    let sum = 0;
    for (let r = 0; r < rows; r++) sum += x[r * width + column] as number;
    const m = rows > 0 ? sum / rows : 0;
    let squares = 0;
    for (let r = 0; r < rows; r++) squares += ((x[r * width + column] as number) - m) ** 2;
    mean[column] = m;
    std[column] = rows > 0 ? Math.sqrt(squares / rows) || 1 : 1;
  }
  return { mean, std };
}

/** Rescales `x` in place with `stats`. */
export function applyStats(x: Float32Array, width: number, stats: ColumnStats): void {
  for (let index = 0; index < x.length; index++) {
    const column = index % width;
    x[index] = ((x[index] as number) - (stats.mean[column] as number)) / (stats.std[column] as number);
  }
}
