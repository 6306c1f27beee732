import * as tf from '@tensorflow/tfjs';
import '@tensorflow/tfjs-backend-wasm';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { registerWasmSlice } from './wasmSlice';

beforeAll(async () => {
  registerWasmSlice();
  await tf.setBackend('wasm');
  await tf.ready();
});

afterAll(async () => {
  await tf.setBackend('cpu');
});

const slices: [string, number[], number[], number[]][] = [
  ['rows of a matrix (a batch)', [6, 4], [2, 0], [3, -1]],
  ['rows of images', [5, 3, 3, 2], [1, 0, 0, 0], [2, 3, 3, 2]],
  ['columns (not contiguous: tfjs\'s own kernel)', [4, 5], [0, 1], [4, 2]],
  ['nothing', [3, 2], [1, 0], [0, 2]],
];

test.each(slices)('a slice on wasm equals the CPU backend\'s: %s', async (_what, shape, begin, size) => {
  const values = Array.from({ length: shape.reduce((a, b) => a * b, 1) }, (_, i) => i * 0.5 - 3);
  const sliced = async (backend: string) => {
    await tf.setBackend(backend);
    return tf.tidy(() => {
      const out = tf.slice(tf.tensor(values, shape), begin, size);
      return { shape: out.shape, values: Array.from(out.dataSync()) };
    });
  };
  expect(await sliced('wasm')).toEqual(await sliced('cpu'));
});

test('registering twice keeps one replacement', () => {
  registerWasmSlice();
  const first = tf.getKernel('Slice', 'wasm')?.kernelFunc;
  registerWasmSlice();
  expect(tf.getKernel('Slice', 'wasm')?.kernelFunc).toBe(first);
});

test('a slice of many rows allocated after its input still reads the right values (the heap may have grown)', async () => {
  await tf.setBackend('wasm');
  const big = tf.range(0, 400_000, 1, 'float32').reshape([1000, 400]);
  const rows = tf.slice(big, [998, 0], [2, -1]);
  expect(Array.from((await rows.data()).subarray(0, 2))).toEqual([399_200, 399_201]);
  tf.dispose([big, rows]);
});
