/**
 * A small seeded generator (mulberry32) and the draws the datasets need.
 * Runs are reproducible because every random choice we make (data, noise,
 * shuffling, the split) comes from here, never from `Math.random`.
 */

import { seededRandom, type Random } from '../../callbacks/lrCoach/seededRandom';

export type { Random };

/** Uniform numbers in [0, 1) from a 32-bit seed: mulberry32, the one generator the callbacks' own draws use too. */
export const mulberry32: (seed: number) => Random = seededRandom;

/** A uniform number in [low, high). */
export function uniform(random: Random, low: number, high: number): number {
  return low + (high - low) * random();
}

/** A standard normal draw (Box–Muller). */
export function normal(random: Random): number {
  const u = 1 - random();
  const v = random();
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
}

/** A seeded Fisher–Yates permutation of 0..n-1. */
export function permutation(n: number, random: Random): Int32Array {
  const order = new Int32Array(n);
  for (let i = 0; i < n; i++) order[i] = i;
  for (let i = n - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    const swap = order[i] as number;
    order[i] = order[j] as number;
    order[j] = swap;
  }
  return order;
}

/** Derives independent seeds for the different uses of one run seed. */
export function subSeed(seed: number, purpose: number): number {
  return (Math.imul(seed ^ 0x9e3779b9, 0x85ebca6b) + Math.imul(purpose, 0xc2b2ae35)) >>> 0;
}
