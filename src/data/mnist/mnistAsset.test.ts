import { gzipSync } from 'node:zlib';
import { expect, test } from 'vitest';
import { DatasetError } from '../datasetError';
import { decodeDigits, encodeDigits, gunzip, type DigitImages } from './mnistAsset';

const images: DigitImages = {
  rows: 2,
  cols: 3,
  count: 3,
  labels: Uint8Array.from([7, 0, 9]),
  pixels: Uint8Array.from({ length: 18 }, (_, i) => (i * 37) % 256),
};

test('digits survive encoding, gzip and decoding unchanged', async () => {
  const compressed = gzipSync(encodeDigits(images));
  const decoded = decodeDigits(await gunzip(new Uint8Array(compressed)));
  expect(decoded.rows).toBe(2);
  expect(decoded.cols).toBe(3);
  expect(decoded.count).toBe(3);
  expect(Array.from(decoded.labels)).toEqual([7, 0, 9]);
  expect(Array.from(decoded.pixels)).toEqual(Array.from(images.pixels));
});

test('a damaged asset is refused with a reason', () => {
  const bytes = encodeDigits(images);
  expect(() => decodeDigits(bytes.subarray(0, bytes.length - 1))).toThrow(DatasetError);
  expect(() => decodeDigits(bytes.subarray(0, bytes.length - 1))).toThrow('expected 33');
  const wrongLabel = bytes.slice();
  wrongLabel[12] = 10;
  expect(() => decodeDigits(wrongLabel)).toThrow('a label is not a digit');
  expect(() => decodeDigits(new Uint8Array(12))).toThrow('does not start with PMN1');
});

test('encoding refuses arrays that do not match the count', () => {
  expect(() => encodeDigits({ ...images, count: 4 })).toThrow('expected 4 labels');
});
