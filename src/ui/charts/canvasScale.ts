/**
 * Axes for the canvas chart, as recharts lays them out for the finished
 * chart: epochs from the first to the last with whole-number ticks, a linear
 * value axis widened to round ticks (recharts' 'auto' domain), and a log
 * axis on whole decades. Pure numbers: no canvas, no DOM.
 */
export interface Axis {
  scale: 'linear' | 'log';
  domain: readonly [number, number];
  ticks: number[];
}

/** Drops the float noise of repeated steps (0.30000000000000004 → 0.3). */
const clean = (value: number) => Number(value.toPrecision(12));

/** A step of 1, 2 or 5 times a power of ten that cuts `span` into about `count` parts. */
export function niceStep(span: number, count: number): number {
  const raw = span / Math.max(1, count);
  if (!(raw > 0) || !Number.isFinite(raw)) return 1;
  const power = 10 ** Math.floor(Math.log10(raw));
  const fraction = raw / power;
  const factor = fraction <= 1 ? 1 : fraction <= 2 ? 2 : fraction <= 5 ? 5 : 10;
  return clean(factor * power);
}

function stepTicks(from: number, to: number, step: number): number[] {
  const ticks: number[] = [];
  const first = Math.ceil(clean(from / step));
  for (let index = first; clean(index * step) <= to; index++) ticks.push(clean(index * step));
  return ticks;
}

export function linearAxis(min: number, max: number, count = 5): Axis {
  const pad = min === max ? Math.abs(min) * 0.1 || 1 : 0;
  const step = niceStep(max + pad - (min - pad), count);
  const domain: [number, number] = [clean(Math.floor(clean((min - pad) / step)) * step), clean(Math.ceil(clean((max + pad) / step)) * step)];
  return { scale: 'linear', domain, ticks: stepTicks(domain[0], domain[1], step) };
}

const MAX_LOG_TICKS = 8;

/** Whole decades around the values; within one decade, 2 and 5 times each power as well. */
export function logAxis(min: number, max: number): Axis {
  let low = Math.floor(Math.log10(min));
  let high = Math.ceil(Math.log10(max));
  if (high - low < 1) {
    low -= 1;
    high += 1;
  }
  const ticks: number[] = [];
  // Past MAX_LOG_TICKS decades, every second (third, …) one, so the labels do not crowd.
  const every = Math.ceil((high - low + 1) / MAX_LOG_TICKS);
  for (let power = low; power <= high; power++) {
    const base = clean(10 ** power);
    if ((power - low) % every === 0) ticks.push(base);
    if (high - low <= 2 && power < high) ticks.push(clean(2 * base), clean(5 * base));
  }
  return { scale: 'log', domain: [clean(10 ** low), clean(10 ** high)], ticks };
}

/** From the first epoch drawn to the last, ticks on whole epochs. */
export function epochAxis(first: number, last: number, count = 6): Axis {
  const domain: [number, number] = first === last ? [first - 1, last + 1] : [first, last];
  const step = Math.max(1, niceStep(domain[1] - domain[0], count));
  return { scale: 'linear', domain, ticks: stepTicks(domain[0], domain[1], step) };
}

/** Where `value` falls between the pixels `from` (the domain's start) and `to` (its end). */
export function project(axis: Axis, value: number, from: number, to: number): number {
  const map = axis.scale === 'log' ? Math.log10 : (x: number) => x;
  const start = map(axis.domain[0]);
  const span = map(axis.domain[1]) - start;
  return from + (span === 0 ? 0.5 : (map(value) - start) / span) * (to - from);
}

/** The smallest and largest finite values of `keys` over `rows` (positive ones only for a log axis), or null. */
export function valueExtent(rows: readonly Record<string, number | null>[], keys: readonly string[], positiveOnly: boolean): [number, number] | null {
  let min = Infinity;
  let max = -Infinity;
  for (const row of rows) {
    for (const key of keys) {
      const value = row[key];
      if (value === null || value === undefined || !Number.isFinite(value) || (positiveOnly && value <= 0)) continue;
      if (value < min) min = value;
      if (value > max) max = value;
    }
  }
  return min <= max ? [min, max] : null;
}
