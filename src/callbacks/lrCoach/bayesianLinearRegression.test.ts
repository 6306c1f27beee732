import { describe, expect, it } from 'vitest';
import { cholesky, posteriorMean, predict, priorState, sample, update } from './bayesianLinearRegression';
import { seededRandom } from './seededRandom';
import { poolPosteriors } from './coachMemory';

describe('Bayesian linear regression (Normal-inverse-gamma)', () => {
  it('factors a matrix as L Lᵀ', () => {
    const lower = cholesky([4, 2, 2, 3], 2);
    expect(lower[0]).toBeCloseTo(2, 12);
    expect(lower[2]).toBeCloseTo(1, 12);
    expect(lower[3]).toBeCloseTo(Math.SQRT2, 12);
  });

  it('updates to the closed-form posterior and learns a known line', () => {
    let state = priorState([0, 0], [1e-3, 1e-3], 1, 1e-3);
    const random = seededRandom(3);
    for (let i = 0; i < 400; i++) {
      const x = random() * 2 - 1;
      state = update(state, [1, x], 0.5 - 2 * x + 0.01 * (random() - 0.5));
    }
    const [intercept, slope] = posteriorMean(state);
    expect(intercept).toBeCloseTo(0.5, 2);
    expect(slope).toBeCloseTo(-2, 2);
    expect(state.n).toBe(400);
    expect(state.a).toBe(1 + 200);
    // The learned noise is small: the predictive spread shrinks towards it.
    expect(predict(state, [1, 0]).sd).toBeLessThan(0.05);
  });

  it('matches the batch posterior whatever the order of the observations', () => {
    const data: [number[], number][] = [[[1, 0.2], 1], [[1, -0.4], 0.3], [[1, 0.9], 2.1]];
    const forward = data.reduce((state, [x, y]) => update(state, x, y), priorState([0.1, 0], [2, 2], 2, 0.5));
    const backward = [...data].reverse().reduce((state, [x, y]) => update(state, x, y), priorState([0.1, 0], [2, 2], 2, 0.5));
    forward.eta.forEach((value, i) => expect(value).toBeCloseTo(backward.eta[i] as number, 12));
    expect(forward.b).toBeCloseTo(backward.b, 12);
  });

  it('draws the same Thompson samples from the same seed, spread around the mean', () => {
    const state = priorState([1, 0], [4, 4], 3, 0.3);
    const first = Array.from({ length: 5 }, (_unused, _i, random = seededRandom(9)) => sample(state, [1, 0.5], random));
    const draw = (seed: number) => {
      const random = seededRandom(seed);
      return Array.from({ length: 2000 }, () => sample(state, [1, 0.5], random));
    };
    expect(draw(9)).toEqual(draw(9));
    expect(draw(9)).not.toEqual(draw(10));
    const draws = draw(11);
    const mean = draws.reduce((sum, value) => sum + value, 0) / draws.length;
    expect(mean).toBeCloseTo(1, 1);
    expect(first.length).toBe(5);
  });

  it('pools runs learned from one prior into the posterior of all their observations', () => {
    const prior = priorState([0.01, 0], [4, 4], 2, 0.0008);
    const data: [number[], number][] = [[[1, 0.2], 0.1], [[1, -0.4], 0.3], [[1, 0.9], -0.2], [[1, 0.1], 0.05]];
    const first = data.slice(0, 2).reduce((state, [x, y]) => update(state, x, y), prior);
    const second = data.slice(2).reduce((state, [x, y]) => update(state, x, y), prior);
    const all = data.reduce((state, [x, y]) => update(state, x, y), prior);
    const pooled = poolPosteriors(prior, [first, second]);
    pooled.precision.forEach((value, i) => expect(value).toBeCloseTo(all.precision[i] as number, 10));
    pooled.eta.forEach((value, i) => expect(value).toBeCloseTo(all.eta[i] as number, 10));
    expect(pooled.a).toBe(all.a);
    expect(pooled.b).toBeCloseTo(all.b, 10);
  });
});
