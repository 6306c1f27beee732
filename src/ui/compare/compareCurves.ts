/**
 * The compare view's chart data: one curve per variant for a log key (loss,
 * val_loss) and for the learning rate, aligned on 1-based epochs, as the
 * run log counts (the loss before the first step, where every variant of a
 * fair comparison starts, is in the table, not at an "epoch 0"). The rate
 * of a scheduled run is charted per epoch (its rate at the epoch's first
 * step), as every run's rate is. A variant of several seeds is drawn as
 * their mean over a min–max band, each seed's value kept for the tooltip.
 */
import { epochLrCurve } from '../preview/lrCurve';
import type { BandPoint, ChartCurve, CurvePoint } from './chartCurve';
import { spreadOf, type VariantSeeds } from './seedGroups';
import type { VariantRun } from './variantRun';

/** The seeds' mean at every x any of them reached, and the band they span. */
export function seedMean(perSeed: readonly CurvePoint[][]): { points: CurvePoint[]; band: BandPoint[] } {
  const xs = [...new Set(perSeed.flatMap((points) => points.map(({ x }) => x)))].sort((a, b) => a - b);
  const lookups = perSeed.map((points) => new Map(points.map(({ x, y }) => [x, y])));
  const points: CurvePoint[] = [];
  const band: BandPoint[] = [];
  for (const x of xs) {
    const seeds = lookups.map((lookup) => lookup.get(x) ?? null);
    const spread = spreadOf(seeds);
    points.push({ x, y: spread?.mean ?? null });
    if (spread) band.push({ x, lo: spread.min, hi: spread.max, seeds });
  }
  return { points, band };
}

function curvesOf(groups: readonly VariantSeeds[], pointsOf: (run: VariantRun) => CurvePoint[]): ChartCurve[] {
  return groups.map(({ variant, runs, seeds }, index) => {
    const curve = { id: `v${index}`, label: variant.name, colour: variant.colour };
    if (runs.length <= 1) return { ...curve, points: runs[0] ? pointsOf(runs[0]) : [] };
    return { ...curve, label: `${variant.name} (mean of ${runs.length} seeds)`, ...seedMean(runs.map(pointsOf)), seedNames: seeds };
  });
}

export function logCurves(groups: readonly VariantSeeds[], key: string): ChartCurve[] {
  return curvesOf(groups, (run) => run.history.map((row) => ({ x: row.epoch + 1, y: row.logs[key] ?? null })));
}

export function lrCurves(groups: readonly VariantSeeds[]): ChartCurve[] {
  return curvesOf(groups, (run) => epochLrCurve(run.history.map((row) => row.lrDuring)).map(({ x, lr }) => ({ x, y: lr })));
}
