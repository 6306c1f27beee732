/** Order statistics for the benchmark's figures (linear interpolation between ranks, as numpy's default). */

export function quantile(values: readonly number[], q: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const position = (sorted.length - 1) * q;
  const below = Math.floor(position);
  const above = Math.ceil(position);
  const low = sorted[below] as number;
  const high = sorted[above] as number;
  return low + (high - low) * (position - below);
}

export const median = (values: readonly number[]): number => quantile(values, 0.5);

export const iqr = (values: readonly number[]): number => quantile(values, 0.75) - quantile(values, 0.25);

export const p95 = (values: readonly number[]): number => quantile(values, 0.95);

/** Rounds for the JSON line: enough digits to compare, none of float noise. */
export function rounded(value: number, digits = 4): number {
  return Number(value.toPrecision(digits));
}

export function describe(values: readonly number[], unit = ''): string {
  if (values.length === 0) return 'no samples';
  const fmt = (value: number) => `${rounded(value, 4)}${unit}`;
  return `median ${fmt(median(values))}, IQR ${fmt(quantile(values, 0.25))}–${fmt(quantile(values, 0.75))}, n=${values.length}`;
}
