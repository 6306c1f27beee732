import { describe, expect, it } from 'vitest';
import { compareFromBase } from '../../config/compareConfig';
import { defaultRunConfig } from '../../config/runConfig';
import { seedRuns } from '../../config/seedRuns';
import { logCurves, seedMean } from './compareCurves';
import { variantSeeds } from './seedGroups';
import { IDLE_RUN, type VariantRun } from './variantRun';

const run = (losses: number[]): VariantRun => ({ ...IDLE_RUN, status: 'done', history: losses.map((loss, epoch) => ({ epoch, logs: { loss }, lrDuring: 0.01, lrAfter: 0.01, seconds: 0.1, tensors: 0 })) });

describe('seedMean', () => {
  it('draws the mean of the seeds that reached each epoch, over their min–max band', () => {
    const { points, band } = seedMean([
      [{ x: 1, y: 1 }, { x: 2, y: 0.5 }, { x: 3, y: 0.25 }],
      [{ x: 1, y: 3 }, { x: 2, y: 1.5 }],
    ]);
    expect(points).toEqual([{ x: 1, y: 2 }, { x: 2, y: 1 }, { x: 3, y: 0.25 }]);
    expect(band).toEqual([
      { x: 1, lo: 1, hi: 3, seeds: [1, 3] },
      { x: 2, lo: 0.5, hi: 1.5, seeds: [0.5, 1.5] },
      { x: 3, lo: 0.25, hi: 0.25, seeds: [0.25, null] },
    ]);
  });
});

describe('logCurves', () => {
  it('a variant of one seed is its run; a variant of three is their mean, labelled so, with its seeds named', () => {
    const setup = compareFromBase(defaultRunConfig());
    setup.variants[1] = { ...(setup.variants[1] as (typeof setup.variants)[number]), seeds: 3 };
    const plan = seedRuns(setup);
    const groups = variantSeeds(setup, plan, [run([2, 1]), run([2, 1]), run([4, 2]), run([3, 3])]);
    const [a, b] = logCurves(groups, 'loss');
    expect(a).toMatchObject({ label: 'A', points: [{ x: 1, y: 2 }, { x: 2, y: 1 }] });
    expect(a?.band).toBeUndefined();
    expect(b).toMatchObject({ label: 'B (mean of 3 seeds)', points: [{ x: 1, y: 3 }, { x: 2, y: 2 }] });
    expect(b?.seedNames).toEqual(plan.slice(1).map((entry) => entry.config.fit.seed));
    expect(b?.band?.[0]).toEqual({ x: 1, lo: 2, hi: 4, seeds: [2, 4, 3] });
  });
});
