import * as tf from '@tensorflow/tfjs';
import '@tensorflow/tfjs-backend-wasm';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { variantMatMul } from './variantMatMul';

beforeAll(async () => {
  await tf.setBackend('wasm');
  await tf.ready();
});

afterAll(async () => {
  await tf.setBackend('cpu');
});

const filled = (shape: [number, number, number], phase: number): tf.Tensor3D =>
  tf.tensor3d(Array.from({ length: shape[0] * shape[1] * shape[2] }, (_value, index) => Math.sin(index * 0.37 + phase)), shape);

/** The product and both gradients of `sum((a @ b)²)`, as flat arrays. */
function productAndGradients(matMul: (a: tf.Tensor3D, b: tf.Tensor3D) => tf.Tensor3D, a: tf.Tensor3D, b: tf.Tensor3D): number[][] {
  return tf.tidy(() => {
    const product = matMul(a, b);
    const gradients = tf.grads((left, right) => tf.sum(tf.square(matMul(left as tf.Tensor3D, right as tf.Tensor3D))))([a, b]);
    return [product, ...gradients].map((tensor) => Array.from(tensor.dataSync()));
  });
}

function expectClose(actual: number[][], expected: number[][]): void {
  expect(actual.map((values) => values.length)).toEqual(expected.map((values) => values.length));
  actual.forEach((values, part) => values.forEach((value, index) => expect(value).toBeCloseTo(expected[part]?.[index] as number, 4)));
}

test.each([
  ['one batch of rows per variant', [5, 7, 3], [5, 3, 4]],
  ['rows shared by every variant', [1, 7, 3], [5, 3, 4]],
  ['a single variant', [1, 6, 2], [1, 2, 3]],
] as const)('on wasm, the per-variant product and its gradients equal tf.matMul\'s (%s)', (_name, aShape, bShape) => {
  const a = filled([...aShape], 0.1);
  const b = filled([...bShape], 1.3);
  const before = tf.memory().numTensors;
  const ours = productAndGradients(variantMatMul, a, b);
  expect(tf.memory().numTensors).toBe(before);
  // tf.matMul broadcasts shared rows but has no gradient for them: the reference tiles them.
  const reference = (left: tf.Tensor3D, right: tf.Tensor3D): tf.Tensor3D => tf.matMul(left.shape[0] === 1 ? tf.tile(left, [right.shape[0], 1, 1]) : left, right);
  expectClose(ours, productAndGradients(reference, a, b));
  tf.dispose([a, b]);
});

test('the views it registers leave nothing behind: a thousand products of fresh weights do not grow the wasm heap', () => {
  const heapBytes = () => (tf.backend() as unknown as { wasm: { HEAPU8: Uint8Array } }).wasm.HEAPU8.buffer.byteLength;
  const a = filled([16, 32, 32], 0.2);
  const b = filled([16, 32, 32], 0.4);
  variantMatMul(a, b).dispose();
  const before = { bytes: heapBytes(), tensors: tf.memory().numTensors };
  // Fresh weights each time, as in training: an XNNPACK operator (its packed weights) per variant and call if never dropped.
  for (let call = 0; call < 1000; call++) tf.tidy(() => {
    variantMatMul(a, tf.add(b, call));
  });
  expect({ bytes: heapBytes(), tensors: tf.memory().numTensors }).toEqual(before);
  tf.dispose([a, b]);
});
