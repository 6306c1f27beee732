import { describe, expect, test } from 'vitest';
import { classesOf, confusionCounts } from './confusion';

describe('classes from outputs', () => {
  test('softmax rows take their largest output', () => {
    expect([...classesOf(new Float32Array([0.1, 0.7, 0.2, 0.5, 0.3, 0.2]), 2, 3)]).toEqual([1, 0]);
  });

  test('one sigmoid output is class 1 above 0.5', () => {
    expect([...classesOf(new Float32Array([0.2, 0.9, 0.5]), 3, 1)]).toEqual([0, 1, 0]);
  });
});

test('the confusion matrix counts true classes by row and predicted ones by column', () => {
  const truth = [0, 0, 1, 2, 2, 2];
  const predicted = [0, 1, 1, 2, 0, 2];
  expect(confusionCounts(truth, predicted, 3)).toEqual([1, 1, 0, 0, 1, 0, 1, 0, 2]);
  // Every row is counted once: the sum is the number of rows.
  expect(confusionCounts(truth, predicted, 3).reduce((a, b) => a + b)).toBe(6);
});
