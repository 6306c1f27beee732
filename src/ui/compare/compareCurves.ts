/**
 * The compare view's chart data: one curve per variant for a log key (loss,
 * val_loss) and for the learning rate, aligned on 1-based epochs, as the
 * run log counts (the loss before the first step, where every variant of a
 * fair comparison starts, is in the table, not at an "epoch 0"). The rate
 * of a scheduled run is charted per epoch (its rate at the epoch's first
 * step), as every run's rate is.
 */
import type { CompareConfig } from '../../config/compareConfig';
import { epochLrCurve } from '../preview/lrCurve';
import type { ChartCurve } from './chartCurve';
import type { VariantRun } from './variantRun';

export function logCurves(setup: CompareConfig, runs: readonly VariantRun[], key: string): ChartCurve[] {
  return setup.variants.map((variant, index) => ({
    id: `v${index}`,
    label: variant.name,
    colour: variant.colour,
    points: (runs[index]?.history ?? []).map((row) => ({ x: row.epoch + 1, y: row.logs[key] ?? null })),
  }));
}

export function lrCurves(setup: CompareConfig, runs: readonly VariantRun[]): ChartCurve[] {
  return setup.variants.map((variant, index) => ({
    id: `v${index}`,
    label: variant.name,
    colour: variant.colour,
    points: epochLrCurve((runs[index]?.history ?? []).map((row) => row.lrDuring)).map(({ x, lr }) => ({ x, y: lr })),
  }));
}
