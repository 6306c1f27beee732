/** Series colours readable on light and dark panels: training solid, validation orange and dashed. */
import type { SeriesSpec } from './chartModel';

const TRAIN = '#2563eb';
const VALIDATION = '#ea580c';
const OTHERS = ['#0d9488', '#9333ea', '#ca8a04', '#db2777'];

export function seriesColor(series: SeriesSpec, index: number): string {
  if (series.colour) return series.colour;
  if (series.validation) return VALIDATION;
  return index === 0 ? TRAIN : (OTHERS[(index - 1) % OTHERS.length] as string);
}
