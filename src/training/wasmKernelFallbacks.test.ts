import * as tf from '@tensorflow/tfjs';
import '@tensorflow/tfjs-backend-wasm';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { registerWasmFallbacks } from './wasmKernelFallbacks';

beforeAll(async () => {
  registerWasmFallbacks();
  await tf.setBackend('wasm');
  await tf.ready();
});

afterAll(async () => {
  await tf.setBackend('cpu');
});

test.each([
  [5, 1, 'valid'],
  [5, 2, 'same'],
  // The dilated convolution overshoots the kernel by a row and a column here: sliced off.
  [6, 2, 'valid'],
  [7, 3, 'same'],
] as const)('a Conv2D kernel gets its gradient on wasm, equal to the CPU backend\'s (%i² input, stride %i, %s)', async (side, stride, padding) => {
  await tf.setBackend('wasm');
  const grads = () =>
    tf.tidy(() => {
      const x = tf.tensor4d(Array.from({ length: 2 * side * side * 2 }, (_, i) => Math.sin(i)), [2, side, side, 2]);
      const kernel = tf.tensor4d(Array.from({ length: 3 * 3 * 2 * 3 }, (_, i) => Math.cos(i)), [3, 3, 2, 3]);
      const gradient = tf.grad((k) => tf.sum(tf.square(tf.conv2d(x, k as tf.Tensor4D, stride, padding))))(kernel);
      return Array.from(gradient.dataSync());
    });
  expect(tf.getBackend()).toBe('wasm');
  const onWasm = grads();
  const before = tf.memory().numTensors;
  grads();
  expect(tf.memory().numTensors).toBe(before);
  await tf.setBackend('cpu');
  const onCpu = grads();
  onWasm.forEach((value, index) => expect(value).toBeCloseTo(onCpu[index] as number, 3));
});
