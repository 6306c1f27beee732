import { expect, test } from 'vitest';
import { DatasetError } from '../datasetError';
import { MAX_CSV_BYTES, readCsv } from './readCsv';

test('quoted cells with separators and doubled quotes, semicolons, blank lines', () => {
  const table = readCsv('name;"note"\n"a; b";"say ""hi"""\n\nc;d\n');
  expect(table.header).toEqual(['name', 'note']);
  expect(table.rows).toEqual([
    { line: 2, cells: ['a; b', 'say "hi"'] },
    { line: 4, cells: ['c', 'd'] },
  ]);
  expect(table.separator).toBe(';');
});

test('a byte-order mark and mixed line endings read as plain lines', () => {
  const table = readCsv('\uFEFFx,y\r\n1,2\n3,4\r5,6\r\n');
  expect(table.header).toEqual(['x', 'y']);
  expect(table.rows.map((row) => row.cells)).toEqual([['1', '2'], ['3', '4'], ['5', '6']]);
});

test('tabs are found as the separator', () => {
  expect(readCsv('a\tb\n1\t2\n').rows[0]?.cells).toEqual(['1', '2']);
});

test.each([
  ['an empty file', '', 'the file is empty'],
  ['only blank lines', '\n \r\n', 'the file is empty'],
  ['a ragged row', 'a,b\n1,2\n1,2,3\n', 'line 3: expected 2 cells like the header, found 3'],
  ['a file over the limit', 'a'.repeat(MAX_CSV_BYTES + 1), 'Plateau reads CSV files of at most 5.0 MB'],
])('%s is refused with a clear message', (_name, text, message) => {
  expect(() => readCsv(text)).toThrow(DatasetError);
  expect(() => readCsv(text)).toThrow(message);
});
