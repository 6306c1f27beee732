import { describe, expect, test } from 'vitest';
import { parseCompareConfig } from '../../config/compareConfig';
import { defaultRunConfig, type RunConfig } from '../../config/runConfig';
import { seedRuns } from '../../config/seedRuns';
import { stackGroups } from '../../config/stackGroups';
import { everySchedule, learningRateSweep, seedsThatFit, sweepRates, withSeeds } from './quickBuilders';

const base: RunConfig = { ...defaultRunConfig(), callbacks: [{ type: 'ReduceLROnPlateau', params: {} }, { type: 'EarlyStopping', params: { patience: 5 } }] };

describe('quick builders', () => {
  test('the sweep: seven constant rates on a log grid, the base stack less its rate setters, one stack', () => {
    expect(sweepRates(7)).toEqual([0.0001, 0.00032, 0.001, 0.0032, 0.01, 0.032, 0.1]);
    expect(new Set(sweepRates(16)).size).toBe(16);
    expect(sweepRates(16).at(-1)).toBe(0.1);
    const sweep = learningRateSweep(base);
    expect(parseCompareConfig(sweep).ok).toBe(true);
    expect(sweep.variants.map((variant) => variant.name)).toEqual(sweepRates(7).map((rate) => `lr ${rate}`));
    expect(sweep.variants.every((variant) => variant.config.callbacks.map((spec) => spec.type).join() === 'EarlyStopping')).toBe(true);
    expect(stackGroups(seedRuns(sweep).map((run) => run.config))).toHaveLength(1);
  });

  test('every schedule: six, valid, with distinct colours, all in one stack', () => {
    const setup = everySchedule(base);
    expect(parseCompareConfig(setup).ok).toBe(true);
    expect(setup.variants.map((variant) => variant.name)).toEqual(['Constant', 'Step decay', 'Exponential decay', 'Cosine with warm-up', 'One-cycle', 'ReduceLROnPlateau']);
    expect(new Set(setup.variants.map((variant) => variant.colour)).size).toBe(6);
    expect(setup.variants.map((variant) => variant.config.optimizer.schedule?.kind ?? null)).toEqual([null, 'PiecewiseConstantDecay', 'ExponentialDecay', 'CosineDecay', 'OneCycleLR', null]);
    expect(stackGroups(seedRuns(setup).map((run) => run.config))).toHaveLength(1);
  });

  test('× 8 seeds fits in 16 runs: 8 for two variants, 5 for three, none past eight variants', () => {
    expect([2, 3, 4, 8, 9].map((variants) => seedsThatFit(variants))).toEqual([8, 5, 4, 2, 1]);
    const sweep = withSeeds(learningRateSweep(base), seedsThatFit(7));
    expect(parseCompareConfig(sweep).ok).toBe(true);
    expect(seedRuns(sweep)).toHaveLength(14);
  });
});
