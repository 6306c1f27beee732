import * as tf from '@tensorflow/tfjs';
import { beforeAll, expect, test, vi } from 'vitest';
import { RideAlongReads } from './rideAlongReads';
import { useCpuBackend } from './trainerTestKit';

beforeAll(useCpuBackend);

test('riders arrive with the next read, in one read, and their tensors are disposed', async () => {
  const reads = new RideAlongReads();
  const before = tf.memory().numTensors;
  const first = reads.ride(tf.tensor2d([[1, 2], [3, 4]]));
  const second = reads.ride(tf.tensor1d([5]));
  const own = tf.tensor1d([7, 8]);
  const spy = vi.spyOn(tf.Tensor.prototype, 'data');
  const values = await reads.read(own);
  const readCount = spy.mock.calls.length;
  spy.mockRestore();
  expect(readCount).toBe(1);
  expect(Array.from(values)).toEqual([7, 8]);
  expect(Array.from(await first)).toEqual([1, 2, 3, 4]);
  expect(Array.from(await second)).toEqual([5]);
  own.dispose();
  expect(tf.memory().numTensors).toBe(before);
});

test('a read with no riders is the plain read; flush reads riders left without a read', async () => {
  const reads = new RideAlongReads();
  const own = tf.tensor1d([1]);
  expect(Array.from(await reads.read(own))).toEqual([1]);
  own.dispose();
  const before = tf.memory().numTensors;
  const left = reads.ride(tf.tensor1d([9, 9]));
  await reads.flush();
  expect(Array.from(await left)).toEqual([9, 9]);
  expect(tf.memory().numTensors).toBe(before);
});
