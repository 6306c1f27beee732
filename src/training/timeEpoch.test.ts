import * as tf from '@tensorflow/tfjs';
import { beforeAll, expect, test } from 'vitest';
import { defaultRunConfig } from '../config/runConfig';
import { timeEpochMs } from './timeEpoch';

beforeAll(async () => {
  await tf.setBackend('cpu');
});

test('estimates an epoch from a few batches and leaves no tensor behind', async () => {
  const before = tf.memory().numTensors;
  const ms = await timeEpochMs(defaultRunConfig(), null);
  expect(ms).toBeGreaterThan(0);
  expect(tf.memory().numTensors).toBe(before);
});

test('a backend far slower than the best so far stops after its first batch', async () => {
  let clock = 0;
  // Each read of the clock moves it 100 ms on: far slower than a 1 ms best.
  const ms = await timeEpochMs(defaultRunConfig(), 1, { now: () => (clock += 100), minMs: 1e9, maxBatches: 1e6 });
  expect(ms).toBeGreaterThan(3);
});
