/**
 * A comparison's runs gathered back by variant: a variant of one seed has
 * one run; a variant "× N seeds" has N, drawn as their mean with a min–max
 * band (the seeds that reached an epoch count there, so a seed stopped
 * early leaves the band rather than bending it to its last value).
 */
import type { CompareConfig, CompareVariant } from '../../config/compareConfig';
import { runsByVariant, type SeedRun } from '../../config/seedRuns';
import type { RunConfig } from '../../config/runConfig';
import type { VariantRun } from './variantRun';

export interface VariantSeeds {
  variant: CompareVariant;
  /** The variant's config at its first seed (the base's). */
  config: RunConfig;
  /** Its runs in seed order; empty before the comparison starts. */
  runs: VariantRun[];
  /** The seed of each run. */
  seeds: number[];
}

export function variantSeeds(setup: CompareConfig, plan: readonly SeedRun[], runs: readonly VariantRun[]): VariantSeeds[] {
  const positions = runsByVariant(plan, setup.variants.length);
  return setup.variants.map((variant, index) => {
    const mine = positions[index] ?? [];
    const first = plan[mine[0] ?? -1];
    return {
      variant,
      config: first?.config ?? { ...variant.config, dataset: setup.base.dataset, model: setup.base.model, fit: setup.base.fit },
      runs: mine.map((at) => runs[at]).filter((run) => run !== undefined),
      seeds: mine.map((at) => plan[at]?.config.fit.seed ?? setup.base.fit.seed),
    };
  });
}

export interface SeedSpread {
  mean: number;
  min: number;
  max: number;
  /** Sample standard deviation; 0 for one value. */
  sd: number;
  count: number;
}

/** Mean, range and spread of the finite values, or null when there are none. */
export function spreadOf(values: readonly (number | null | undefined)[]): SeedSpread | null {
  const finite = values.filter((value): value is number => value !== null && value !== undefined && Number.isFinite(value));
  const count = finite.length;
  if (count === 0) return null;
  const mean = finite.reduce((sum, value) => sum + value, 0) / count;
  const variance = count > 1 ? finite.reduce((sum, value) => sum + (value - mean) ** 2, 0) / (count - 1) : 0;
  return { mean, min: Math.min(...finite), max: Math.max(...finite), sd: Math.sqrt(variance), count };
}
