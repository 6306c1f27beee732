/**
 * The value axis of a chart, worked out once for both ways it is drawn (the
 * live canvas and the finished recharts chart), so both show the same
 * domain, ticks and labels. recharts left to itself "nices" a domain such
 * as ['auto', 1] outwards to a round tick past 1 (an accuracy axis ending at
 * 1.05); given the domain and the ticks outright, it draws them as they are.
 */
import { formatTick } from './axes';
import { linearAxis, logAxis, valueExtent, type Axis } from './canvasScale';

type Rows = readonly Record<string, number | null>[];

/** A linear axis that stops at `ceiling` (accuracy at 1), with a tick on it. */
function capped(axis: Axis, ceiling: number): Axis {
  const ticks = axis.ticks.filter((tick) => tick < ceiling);
  return { ...axis, domain: [Math.min(axis.domain[0], ceiling), ceiling], ticks: [...ticks, ceiling] };
}

/**
 * Log: whole decades around the positive values. Linear: round ticks around
 * the values; with a `ceiling` (a fraction such as accuracy), the axis ends
 * exactly there, whatever the values.
 */
export function valueAxis(scale: 'linear' | 'log', rows: Rows, keys: readonly string[], ceiling?: number): Axis {
  if (scale === 'log') {
    const extent = valueExtent(rows, keys, true) ?? [0.001, 0.001];
    return logAxis(extent[0], extent[1]);
  }
  const extent = valueExtent(rows, keys, false) ?? [0, 1];
  if (ceiling === undefined) return linearAxis(extent[0], extent[1]);
  const low = Math.min(extent[0], ceiling);
  return capped(linearAxis(low, ceiling), ceiling);
}

/** `value` with `digits` significant digits: plain between 0.001 and 10,000, else as 1.2e+35 (0 is "0"). */
function withDigits(value: number, digits: number): string {
  if (value === 0) return '0';
  if (Math.abs(value) >= 1e-3 && Math.abs(value) < 1e4) return String(Number(value.toPrecision(Math.max(digits, 3))));
  return value.toExponential(Math.max(0, digits - 1)).replace(/\.?0+e/, 'e');
}

/**
 * The labels of an axis's ticks, as `formatTick` writes them, with more
 * digits where two neighbouring ticks would otherwise read the same
 * (1.02e+35 and 1.04e+35 are not both "1e+35").
 */
export function tickLabels(ticks: readonly number[]): Map<number, string> {
  for (let digits = 2; digits <= 12; digits++) {
    const labels = ticks.map((tick) => (digits === 2 ? formatTick(tick) : withDigits(tick, digits)));
    if (new Set(labels).size === labels.length) return new Map(ticks.map((tick, index) => [tick, labels[index] as string]));
  }
  return new Map(ticks.map((tick) => [tick, String(tick)]));
}
