import { expect, test } from 'vitest';
import { fromRows } from './dataset';
import { splitDataset, type Samples } from './split';

/** 200 rows whose only feature is the row's own index, so every part tells which rows it got. */
const numbered = fromRows(
  { name: 'numbered', task: 'regression', featureNames: ['index'], targetName: 'index', classes: null },
  Array.from({ length: 200 }, (_, row) => [row]),
  Array.from({ length: 200 }, (_, row) => row),
);

const rowsOf = (part: Samples | null): number[] => Array.from(part?.x ?? []);

test('train, validation and test are disjoint, cover every row, and take the asked shares', () => {
  const split = splitDataset(numbered, { validationSplit: 0.25, testSplit: 0.2 }, 11, false);
  expect([split.train.rows, split.validation?.rows, split.test?.rows]).toEqual([120, 40, 40]);
  const all = [...rowsOf(split.train), ...rowsOf(split.validation), ...rowsOf(split.test)];
  expect(new Set(all).size).toBe(200);
  expect([...all].sort((a, b) => a - b)).toEqual(Array.from({ length: 200 }, (_, row) => row));
  // Targets travel with their rows.
  expect(Array.from(split.test?.y ?? [])).toEqual(rowsOf(split.test));
});

test('the same seed gives the same test set; another seed another one', () => {
  const shares = { validationSplit: 0.2, testSplit: 0.2 };
  const first = splitDataset(numbered, shares, 3, false);
  expect(splitDataset(numbered, shares, 3, false)).toEqual(first);
  expect(rowsOf(splitDataset(numbered, shares, 4, false).test)).not.toEqual(rowsOf(first.test));
});

test('a test split of 0 holds nothing out and leaves the validation split as it was', () => {
  const without = splitDataset(numbered, { validationSplit: 0.2, testSplit: 0 }, 3, false);
  expect(without.test).toBeNull();
  expect([without.train.rows, without.validation?.rows]).toEqual([160, 40]);
  // Adding a test set takes its rows from the end of the same shuffle: training keeps a prefix of its old order.
  const withTest = splitDataset(numbered, { validationSplit: 0, testSplit: 0.2 }, 3, false);
  expect(rowsOf(withTest.train)).toEqual(rowsOf(without.train));
});

test('standardising uses the training rows only, and reaches the test set too', () => {
  const split = splitDataset(numbered, { validationSplit: 0.2, testSplit: 0.2 }, 5, true);
  const train = rowsOf(split.train);
  expect(train.reduce((sum, value) => sum + value, 0) / train.length).toBeCloseTo(0, 5);
  expect(Math.max(...rowsOf(split.test).map(Math.abs))).toBeLessThan(2);
});
