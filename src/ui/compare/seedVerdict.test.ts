import { describe, expect, test } from 'vitest';
import type { EpochRow } from '../../training/protocol';
import { seedVerdict, signTestP, type SeedGroupRuns } from './seedVerdict';
import type { VerdictRun } from './verdict';

const history = (values: number[]): EpochRow[] => values.map((value, epoch) => ({ epoch, logs: { loss: value, val_loss: value }, lrDuring: 0.01, lrAfter: 0.01, seconds: 0.1, tensors: 10 }));
const seed = (best: number, finished = true): VerdictRun => ({ name: 'x', monitor: 'val_loss', history: history([best + 0.5, best]), finished, stoppedBy: null });
const group = (name: string, bests: number[]): SeedGroupRuns => ({ name, seeds: bests.map((best) => ({ ...seed(best), name })) });

test('signTestP is the two-sided sign test', () => {
  expect(signTestP(8, 8)).toBeCloseTo(2 / 256, 10);
  expect(signTestP(7, 8)).toBeCloseTo(18 / 256, 10);
  expect(signTestP(1, 8)).toBeCloseTo(18 / 256, 10);
  expect(signTestP(5, 5)).toBeCloseTo(0.0625, 10);
  expect(signTestP(6, 6)).toBeCloseTo(0.03125, 10);
  expect(signTestP(4, 8)).toBe(1);
  expect(signTestP(0, 0)).toBe(1);
});

describe('seedVerdict', () => {
  test('8 of 8 seeds is a clear winner, with the median paired difference', () => {
    const a = group('A', [0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8]);
    const b = group('B', [0.13, 0.23, 0.33, 0.43, 0.53, 0.63, 0.73, 0.83]);
    expect(seedVerdict([b, a])?.text).toBe(
      'A is best on val_loss. A reached a lower val_loss than B in 8 of 8 seeds (best of each run; median difference −0.030): a clear difference (sign test p = 0.0078).',
    );
  });

  test('7 of 8 is not clear, and says so', () => {
    const a = group('A', [0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.9]);
    const b = group('B', [0.13, 0.23, 0.33, 0.43, 0.53, 0.63, 0.73, 0.83]);
    expect(seedVerdict([a, b])?.text).toBe(
      'No clear winner. A reached a lower val_loss than B in 7 of 8 seeds (best of each run; median difference −0.030): not clear at 8 seeds (sign test p = 0.070).',
    );
  });

  test('a few seeds cannot make it clear; unfinished runs say "So far"', () => {
    const a = { name: 'A', seeds: [seed(0.1), seed(0.2), seed(0.3, false)] };
    const b = group('B', [0.2, 0.3, 0.4]);
    expect(seedVerdict([a, b])?.text).toBe(
      'So far: no clear winner. A reached a lower val_loss than B in 3 of 3 seeds (best of each run; median difference −0.10): 3 seeds cannot make a difference clear (a sign test needs at least 6 paired seeds).',
    );
  });

  test('single seeds keep the one-run verdict and say one seed cannot settle it', () => {
    const text = seedVerdict([group('A', [0.1]), group('B', [0.2])])?.text ?? '';
    expect(text).toMatch(/^A reached the lowest val_loss, 0\.1000 at epoch 2/);
    expect(text).toMatch(/One seed per variant cannot settle it: another seed can change the ranking\. Run each variant × 8 seeds to see whether it holds\.$/);
  });

  test('against each other variant; nothing to say before any value', () => {
    const text = seedVerdict([group('A', Array<number>(6).fill(0.1)), group('B', Array<number>(6).fill(0.2)), group('C', [0.05, 0.3, 0.05, 0.3, 0.05, 0.3])])?.text;
    expect(text).toContain('A reached a lower val_loss than B in 6 of 6 seeds');
    expect(text).toContain('A reached a lower val_loss than C in 3 of 6 seeds');
    expect(text?.startsWith('No clear winner.')).toBe(true);
    expect(seedVerdict([{ name: 'A', seeds: [{ ...seed(0), history: [] }, { ...seed(0), history: [] }] }, group('B', [])])).toBeNull();
  });
});
