/**
 * The compare view's chart data: one curve per variant for a log key (loss,
 * val_loss) and for the learning rate, aligned on 1-based epochs. Loss
 * curves start at epoch 0 with the loss before the first step, where every
 * variant of a fair comparison starts from the same point. The rate
 * of a scheduled run is charted per epoch (its rate at the epoch's first
 * step), as every run's rate is.
 */
import type { CompareConfig } from '../../config/compareConfig';
import { epochLrCurve } from '../preview/lrCurve';
import type { InitialLoss } from '../../training/protocol';
import type { ChartCurve, CurvePoint } from './chartCurve';
import type { VariantRun } from './variantRun';

function startPoint(initialLoss: InitialLoss | null, key: string): CurvePoint[] {
  const value = key === 'loss' ? initialLoss?.loss : key === 'val_loss' ? initialLoss?.val_loss : undefined;
  return value === undefined ? [] : [{ x: 0, y: value }];
}

export function logCurves(setup: CompareConfig, runs: readonly VariantRun[], key: string): ChartCurve[] {
  return setup.variants.map((variant, index) => ({
    id: `v${index}`,
    label: variant.name,
    colour: variant.colour,
    points: [
      ...startPoint(runs[index]?.initialLoss ?? null, key),
      ...(runs[index]?.history ?? []).map((row) => ({ x: row.epoch + 1, y: row.logs[key] ?? null })),
    ],
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
