import { describe, expect, test } from 'vitest';
import { SYNTHETIC_CLASSIFICATION } from '../../config/datasetConfig';
import { mulberry32, permutation } from './prng';
import { noisySine, syntheticClassification } from './synthetic';

describe.each(SYNTHETIC_CLASSIFICATION)('%s', (kind) => {
  test('has the asked size, two features, 0/1 labels of both classes, points near [-1, 1]', () => {
    const data = syntheticClassification(kind, 201, 0.1, 42);
    expect(data.rows).toBe(201);
    expect(data.x).toHaveLength(402);
    expect(data.y).toHaveLength(201);
    expect(new Set(data.y)).toEqual(new Set([0, 1]));
    const ones = data.y.reduce((sum, label) => sum + label, 0);
    expect(ones).toBeGreaterThan(60);
    expect(ones).toBeLessThan(141);
    expect(Math.max(...data.x.map(Math.abs))).toBeLessThan(2);
  });

  test('the same seed gives the same points; another seed others', () => {
    const a = syntheticClassification(kind, 50, 0.2, 1);
    expect(syntheticClassification(kind, 50, 0.2, 1)).toEqual(a);
    expect(syntheticClassification(kind, 50, 0.2, 2).x).not.toEqual(a.x);
  });
});

test('noisy sine is a one-feature regression that follows sin(πx)', () => {
  const data = noisySine(300, 0, 3);
  expect(data.task).toBe('regression');
  expect(data.featureNames).toEqual(['x']);
  for (let i = 0; i < data.rows; i++) expect(data.y[i]).toBeCloseTo(Math.sin(Math.PI * (data.x[i] as number)), 5);
});

test('mulberry32 is deterministic and uniform enough; permutation shuffles every index once', () => {
  const draws = Array.from({ length: 10_000 }, mulberry32(9));
  expect(Array.from({ length: 10_000 }, mulberry32(9))).toEqual(draws);
  const mean = draws.reduce((sum, value) => sum + value, 0) / draws.length;
  expect(mean).toBeCloseTo(0.5, 1);
  const order = permutation(100, mulberry32(5));
  expect([...order].sort((a, b) => a - b)).toEqual([...Array(100).keys()]);
  expect([...order]).not.toEqual([...Array(100).keys()]);
});
