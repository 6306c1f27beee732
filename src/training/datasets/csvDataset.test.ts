import { describe, expect, test } from 'vitest';
import { parseCsvDataset } from './csvDataset';
import { DatasetError } from './csvTable';

function table(header: string, rows: string[]): string {
  return [header, ...rows].join('\n');
}

const tenRows = (make: (i: number) => string) => Array.from({ length: 10 }, (_, i) => make(i));

describe('reading a CSV file', () => {
  test('numeric target with many values: a regression over the other columns', () => {
    const data = parseCsvDataset(table('a,b,price', tenRows((i) => `${i},${i * 2},${i * 1.5}`)), { name: 'f', target: 'price' });
    expect(data).toMatchObject({ task: 'regression', featureNames: ['a', 'b'], rows: 10, classes: null });
    expect(Array.from(data.y)).toEqual(tenRows((i) => `${i * 1.5}`).map(Number));
  });

  test('text target: classes, one-hot when more than two; quoted cells, semicolons and CRLF work', () => {
    const text = table('"width";"kind"', tenRows((i) => `${i};"${['cat', 'dog', 'eel'][i % 3]}"`)).replace(/\n/g, '\r\n');
    const data = parseCsvDataset(text, { name: 'f', target: 'kind' });
    expect(data.task).toBe('multiclass');
    expect(data.classes).toEqual(['cat', 'dog', 'eel']);
    expect(Array.from(data.y.subarray(3, 6))).toEqual([0, 1, 0]);
  });

  test('a 0/1 target is a binary classification', () => {
    const data = parseCsvDataset(table('x,y', tenRows((i) => `${i},${i % 2}`)), { name: 'f', target: 'y' });
    expect(data.task).toBe('binary');
  });

  test.each([
    ['no header', table('1,2,3', tenRows((i) => `${i},${i},${i}`)), 'c', 'the first line must be a header'],
    ['a non-numeric feature', table('a,b', tenRows((i) => (i === 4 ? 'x,1' : `${i},1`))), 'b', 'line 6, column "a" holds "x", which is not a number'],
    ['an empty feature cell', table('a,b', tenRows((i) => (i === 0 ? ',1' : `${i},1`))), 'b', 'line 2, column "a" is empty'],
    ['too few rows', table('a,b', ['1,2', '3,4']), 'b', 'too few rows: found 2 rows of data, need at least 10'],
    ['an unknown target', table('a,b', tenRows((i) => `${i},1`)), 'price', 'target column "price" is not in the header; the columns are: a, b'],
    ['a ragged row', table('a,b', [...tenRows((i) => `${i},1`), '1,2,3']), 'b', 'line 12: expected 2 cells like the header, found 3'],
    ['a single class', table('a,b', tenRows((i) => `${i},yes`)), 'b', 'has only one value'],
    ['an empty file', '\n\n', 'b', 'the file is empty'],
  ])('%s gives a clear error', (_case, text, target, message) => {
    expect(() => parseCsvDataset(text, { name: 'f', target })).toThrow(DatasetError);
    expect(() => parseCsvDataset(text, { name: 'f', target })).toThrow(message);
  });
});
