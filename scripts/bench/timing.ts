/**
 * Paired trials on a noisy machine (DESIGN.md §3): A and B alternate in
 * ABBA order (AB, BA, AB, ...), each pair gives one ratio A-time / B-time,
 * and the figure is the median of those ratios with their IQR. An A/A
 * series (bare against bare) run interleaved with the A/B pairs measures
 * how far two identical trials drift apart here.
 */
import { iqr, median } from './stats';

/** One trial: seconds per epoch. */
export type Trial = () => Promise<number>;

export interface PairSeries {
  ratios: number[];
  a: number[];
  b: number[];
}

export const emptySeries = (): PairSeries => ({ ratios: [], a: [], b: [] });

/** Runs pair number `index` of a series into `series` (even: A then B, odd: B then A). */
export async function runPair(series: PairSeries, index: number, a: Trial, b: Trial): Promise<void> {
  let aTime: number;
  let bTime: number;
  if (index % 2 === 0) {
    aTime = await a();
    bTime = await b();
  } else {
    bTime = await b();
    aTime = await a();
  }
  series.a.push(aTime);
  series.b.push(bTime);
  series.ratios.push(aTime / bTime);
}

export interface PairFigure {
  ratio: number;
  iqr: number;
}

export function pairFigure(series: PairSeries): PairFigure {
  return { ratio: median(series.ratios), iqr: iqr(series.ratios) };
}
