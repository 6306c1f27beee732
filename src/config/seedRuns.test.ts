import { describe, expect, test } from 'vitest';
import { compareFromBase, parseCompareConfig } from './compareConfig';
import { defaultRunConfig } from './runConfig';
import { stackGroups } from './stackGroups';
import { runsByVariant, seedRuns, stacksProblem } from './seedRuns';

describe('seedRuns', () => {
  const base = defaultRunConfig();
  const setup = compareFromBase(base);
  setup.variants[1] = { ...(setup.variants[1] as (typeof setup.variants)[number]), seeds: 3 };

  test('a variant of one seed is its config as alone; a group adds seeds on one split', () => {
    const runs = seedRuns(setup);
    expect(runs.map(({ variant, seedIndex }) => [variant, seedIndex])).toEqual([[0, 0], [1, 0], [1, 1], [1, 2]]);
    expect(runs[0]?.config.fit).toEqual(base.fit);
    expect(runs[1]?.config.fit).toEqual(base.fit);
    expect(runs.slice(2).map((run) => [run.config.fit.seed, run.config.fit.splitSeed])).toEqual([
      [base.fit.seed + 1, base.fit.seed],
      [base.fit.seed + 2, base.fit.seed],
    ]);
    expect(runsByVariant(runs, 2)).toEqual([[0], [1, 2, 3]]);
  });

  test('every seed of every variant trains in one stack', () => {
    expect(stackGroups(seedRuns(setup).map((run) => run.config))).toEqual([[0, 1, 2, 3]]);
  });
});

describe('seeds in a compare setup', () => {
  test('2–8 seeds a variant, and at most 16 runs in all, refused at the seeds field with the count', () => {
    const setup = compareFromBase(defaultRunConfig());
    const withSeeds = (a: number, b: number) => ({ ...setup, variants: setup.variants.map((variant, index) => ({ ...variant, seeds: index === 0 ? a : b })) });
    expect(parseCompareConfig(withSeeds(8, 8)).ok).toBe(true);
    const nine = parseCompareConfig(withSeeds(1, 9));
    expect(nine.ok ? [] : nine.problems.map((problem) => [problem.path, problem.message])).toEqual([['variants[1].seeds', 'must be at most 8']]);
    const many = parseCompareConfig({ ...setup, variants: [...withSeeds(8, 8).variants, { ...setup.variants[0], name: 'C' }] });
    expect(many.ok ? [] : many.problems.map((problem) => [problem.path, problem.message])).toEqual([
      ['variants[1].seeds', 'these variants and their seeds make 17 runs; at most 16 train together, so use fewer seeds or fewer variants'],
    ]);
  });

  test('a setup written before seeds existed reads as one seed a variant', () => {
    const parsed = parseCompareConfig(JSON.parse(JSON.stringify(compareFromBase(defaultRunConfig()))));
    expect(parsed.ok && parsed.value.variants.map((variant) => variant.seeds)).toEqual([undefined, undefined]);
  });
});

describe('stacksProblem', () => {
  test('runs that each need a worker of their own are refused past four, with the reason', () => {
    const base = defaultRunConfig();
    // Class weights keep a run out of the stacked trainer: each such variant trains alone.
    const alone = { ...base, fit: { ...base.fit, classWeight: { 0: 1, 1: 2 } } };
    const setup = compareFromBase(alone);
    const five = { ...setup, variants: Array.from({ length: 5 }, (_, index) => ({ ...(setup.variants[0] as (typeof setup.variants)[number]), name: `v${index}` })) };
    expect(stacksProblem(seedRuns(five))).toMatch(/^these variants need 5 separate trainings/);
    expect(stacksProblem(seedRuns({ ...five, variants: five.variants.slice(0, 4) }))).toBeNull();
    expect(stacksProblem(seedRuns(compareFromBase(base)))).toBeNull();
  });
});
