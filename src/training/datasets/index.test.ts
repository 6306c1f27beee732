import { expect, test } from 'vitest';
import { loadDataset, splitDataset } from '.';

test('iris: 150 flowers, 4 features, 3 one-hot species', () => {
  const { dataset, scaleFeatures } = loadDataset({ kind: 'iris' }, 1);
  expect(dataset).toMatchObject({ task: 'multiclass', rows: 150, classes: ['setosa', 'versicolor', 'virginica'] });
  expect(dataset.x).toHaveLength(600);
  expect(dataset.y).toHaveLength(450);
  expect(dataset.y.reduce((sum, value) => sum + value, 0)).toBe(150);
  expect(scaleFeatures).toBe(true);
});

test('wages: 534 workers, six numeric features, the wage as target', () => {
  const { dataset } = loadDataset({ kind: 'wages' }, 1);
  expect(dataset).toMatchObject({ task: 'regression', rows: 534, targetName: 'wage' });
  expect(dataset.featureNames).toHaveLength(6);
  expect(dataset.y[0]).toBeCloseTo(5.1, 5);
});

test('the split is seeded, holds out the asked fraction, and standardises with training statistics', () => {
  const { dataset } = loadDataset({ kind: 'wages' }, 1);
  const split = splitDataset(dataset, { validationSplit: 0.2, testSplit: 0 }, 5, true);
  expect(split.train.rows).toBe(428);
  expect(split.validation?.rows).toBe(106);
  expect(splitDataset(dataset, { validationSplit: 0.2, testSplit: 0 }, 5, true)).toEqual(split);
  const width = split.features;
  const firstColumn = Array.from({ length: split.train.rows }, (_, r) => split.train.x[r * width] as number);
  const mean = firstColumn.reduce((sum, value) => sum + value, 0) / firstColumn.length;
  expect(mean).toBeCloseTo(0, 5);
  expect(splitDataset(dataset, { validationSplit: 0, testSplit: 0 }, 5, false).validation).toBeNull();
});
