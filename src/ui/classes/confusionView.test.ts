import { expect, test } from 'vitest';
import { confusionView, describeConfusion } from './confusionView';

test('rows by true class, the diagonal right, the worst mistake named', () => {
  const view = confusionView(['cat', 'dog', 'fox'], [5, 1, 0, 3, 4, 0, 0, 0, 2]);
  expect(view.rows).toEqual([
    [5, 1, 0],
    [3, 4, 0],
    [0, 0, 2],
  ]);
  expect(view).toMatchObject({ total: 15, correct: 11, worst: { actual: 'dog', predicted: 'cat', count: 3 } });
  expect(describeConfusion(view)).toBe('11 of 15 validation rows right (73.3 %); most often dog taken for cat (3 times).');
});

test('no mistakes, and no rows, say so plainly', () => {
  expect(describeConfusion(confusionView(['a', 'b'], [2, 0, 0, 3]))).toBe('5 of 5 validation rows right (100.0 %).');
  expect(describeConfusion(confusionView(['a', 'b'], []))).toBe('0 of 0 validation rows right.');
});
