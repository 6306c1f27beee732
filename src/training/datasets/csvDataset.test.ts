import { expect, test } from 'vitest';
import { parseCsvDataset } from './csvDataset';

const tenRows = (make: (i: number) => string) => Array.from({ length: 10 }, (_, i) => make(i));

test('a CSV with a text feature and classes becomes one-hot inputs and one-hot targets', () => {
  const text = ['width;colour;kind', ...tenRows((i) => `${i};${i % 2 ? 'red' : 'blue'};"${['cat', 'dog', 'eel'][i % 3]}"`)].join('\r\n');
  const data = parseCsvDataset(text, { name: 'f', target: 'kind' });
  expect(data).toMatchObject({ task: 'multiclass', classes: ['cat', 'dog', 'eel'], featureNames: ['width', 'colour=blue', 'colour=red'], rows: 10 });
  expect(Array.from(data.x.subarray(3, 6))).toEqual([1, 0, 1]);
  expect(Array.from(data.y.subarray(3, 6))).toEqual([0, 1, 0]);
});

test('a regression keeps the values', () => {
  const data = parseCsvDataset(['a,price', ...tenRows((i) => `${i},${i * 1.5}`)].join('\n'), { name: 'f', target: 'price' });
  expect(data.task).toBe('regression');
  expect(Array.from(data.y)).toEqual(tenRows((i) => `${i * 1.5}`).map(Number));
});
