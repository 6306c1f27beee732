/**
 * The runs a comparison trains: each variant once, or once per seed. A
 * variant's k-th seed is the base's seed + k for every variant, so the k-th
 * runs of two variants start from the same weights and batch order and
 * pair in a verdict; every seed keeps the base's data split (`splitSeed`),
 * so all are scored on the same validation and test rows (DESIGN.md §7).
 * Seed 0 is the base's own run, exactly as it trains alone.
 */
import { seedCount, withSharedSettings, type CompareConfig } from './compareConfig';
import type { RunConfig } from './runConfig';
import { stackGroups } from './stackGroups';

export interface SeedRun {
  /** Index of the variant in the setup. */
  variant: number;
  /** 0 for the base's seed, k for its k-th other seed. */
  seedIndex: number;
  config: RunConfig;
}

export function seedRuns(setup: CompareConfig): SeedRun[] {
  return setup.variants.flatMap((variant, index) => {
    const config = withSharedSettings(variant.config, setup.base);
    const { fit } = config;
    return Array.from({ length: seedCount(variant) }, (_, seedIndex): SeedRun => ({
      variant: index,
      seedIndex,
      config: seedIndex === 0 ? config : { ...config, fit: { ...fit, seed: fit.seed + seedIndex, splitSeed: fit.splitSeed ?? fit.seed } },
    }));
  });
}

/** The positions in `runs` of each variant's seeds, in seed order. */
export function runsByVariant(runs: readonly SeedRun[], variants: number): number[][] {
  const byVariant: number[][] = Array.from({ length: variants }, () => []);
  runs.forEach((run, at) => byVariant[run.variant]?.push(at));
  return byVariant;
}

/** Workers a comparison may start at once: each separate stack takes one, and two cores share them. */
export const MAX_STACKS = 4;

/** Why these runs cannot train at once, or null: too many of them need a stack of their own. */
export function stacksProblem(runs: readonly SeedRun[]): string | null {
  const stacks = stackGroups(runs.map((run) => run.config)).length;
  if (stacks <= MAX_STACKS) return null;
  return `these variants need ${stacks} separate trainings (a different model, or one the stacked trainer cannot train, trains alone); at most ${MAX_STACKS} run at once here, so make the variants share their model and fit settings, or compare fewer`;
}
