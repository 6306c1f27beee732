/**
 * The evaluation's statistics (DESIGN.md §8): a paired win rate (each seed
 * is one pair: the same initial weights and batch order under both methods;
 * a tie counts half) and its 95 % interval by a percentile bootstrap over
 * the seeds, with a seeded generator so the interval is reproducible.
 */
import { mulberry32 } from '../../src/training/datasets/prng';

export interface WinRate {
  winRate: number;
  ci95: [number, number];
  pairs: number;
}

/** A loss that is NaN, infinite or missing counts as diverged: it loses to any finite one. */
export function comparable(loss: number | null): number {
  return loss === null || !Number.isFinite(loss) ? Number.POSITIVE_INFINITY : loss;
}

export function pairOutcome(a: number | null, b: number | null): number {
  const x = comparable(a);
  const y = comparable(b);
  if (x === y) return 0.5;
  return x < y ? 1 : 0;
}

function percentile(sorted: readonly number[], q: number): number {
  const position = (sorted.length - 1) * q;
  const low = sorted[Math.floor(position)] as number;
  const high = sorted[Math.ceil(position)] as number;
  return low + (high - low) * (position - Math.floor(position));
}

/**
 * `groups` holds each task's outcomes (1 win, 0.5 tie, 0 loss), one per
 * seed; resampling draws seeds within each task, so the pooled interval
 * keeps every task's weight.
 */
export function pairedWinRate(groups: readonly (readonly number[])[], resamples = 2000, seed = 12345): WinRate {
  const all = groups.flat();
  if (all.length === 0) return { winRate: Number.NaN, ci95: [Number.NaN, Number.NaN], pairs: 0 };
  const mean = (values: readonly number[]) => values.reduce((sum, value) => sum + value, 0) / values.length;
  const random = mulberry32(seed);
  const means: number[] = [];
  for (let r = 0; r < resamples; r++) {
    let total = 0;
    let count = 0;
    for (const group of groups) {
      for (let i = 0; i < group.length; i++) {
        total += group[Math.floor(random() * group.length)] as number;
        count += 1;
      }
    }
    means.push(total / count);
  }
  means.sort((a, b) => a - b);
  return { winRate: mean(all), ci95: [percentile(means, 0.025), percentile(means, 0.975)], pairs: all.length };
}
