import { expect, test } from 'vitest';
import { MAX_CSV_BYTES } from '../../../data/csv/csvLimits';
import { isCsvFile, readCsvFile } from './readCsvFile';

test('a 200 MB file is refused before it is read', async () => {
  const huge = { name: 'huge.csv', size: 200_000_000, text: () => Promise.reject(new Error('must not be read')) } as unknown as Blob & { name: string };
  expect(await readCsvFile(huge)).toEqual({ message: 'the file is 200.0 MB; Plateau reads CSV files of at most 5.0 MB (leave out rows or columns first)' });
  expect(MAX_CSV_BYTES).toBe(5_000_000);
});

test('a small file is read as text', async () => {
  const file = new File(['a,b\n1,2\n'], 'small.csv', { type: 'text/csv' });
  expect(await readCsvFile(file)).toEqual({ file: { name: 'small.csv', text: 'a,b\n1,2\n' } });
});

test('CSV files are told from setup files by name or type', () => {
  expect(isCsvFile({ name: 'DATA.CSV', type: '' })).toBe(true);
  expect(isCsvFile({ name: 'x', type: 'text/csv' })).toBe(true);
  expect(isCsvFile({ name: 'plateau-setup.json', type: 'application/json' })).toBe(false);
});
