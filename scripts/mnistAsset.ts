/**
 * Builds the MNIST asset (src/data/mnist/mnistAsset.ts describes its bytes)
 * from the `mnist` package's JSON: one file per digit, pixels as values
 * 0–1 with three decimals (the 0–255 grey levels over 255). The images are
 * shuffled with a fixed seed, so any prefix is a balanced subset, then
 * gzip-compressed.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { encodeDigits } from '../src/data/mnist/mnistAsset';
import { mulberry32, permutation } from '../src/training/datasets/prng';

const SIDE = 28;
const SHUFFLE_SEED = 20_260_105;

export function mnistPackageDir(): string {
  return dirname(createRequire(import.meta.url).resolve('mnist/package.json'));
}

function readDigit(directory: string, digit: number): Uint8Array {
  const { data } = JSON.parse(readFileSync(join(directory, 'src', 'digits', `${digit}.json`), 'utf8')) as { data: number[] };
  return Uint8Array.from(data, (value) => Math.round(value * 255));
}

/** The uncompressed asset: every image of the package, shuffled. */
export function mnistAssetBytes(directory: string = mnistPackageDir()): Uint8Array {
  const size = SIDE * SIDE;
  const perDigit = Array.from({ length: 10 }, (_, digit) => readDigit(directory, digit));
  const labels: number[] = [];
  const sources: { digit: number; index: number }[] = [];
  perDigit.forEach((pixels, digit) => {
    for (let index = 0; index < pixels.length / size; index++) sources.push({ digit, index });
  });
  const order = permutation(sources.length, mulberry32(SHUFFLE_SEED));
  const pixels = new Uint8Array(sources.length * size);
  order.forEach((from, to) => {
    const { digit, index } = sources[from] as { digit: number; index: number };
    labels.push(digit);
    pixels.set((perDigit[digit] as Uint8Array).subarray(index * size, (index + 1) * size), to * size);
  });
  return encodeDigits({ rows: SIDE, cols: SIDE, count: sources.length, labels: Uint8Array.from(labels), pixels });
}

export function mnistAssetGzip(directory?: string): Uint8Array {
  return new Uint8Array(gzipSync(mnistAssetBytes(directory), { level: 9 }));
}
