/**
 * Times a few training batches of a run's model on the backend in use and
 * estimates an epoch from them (batches × steps an epoch; validation costs
 * each backend alike and is left out). Three batches first, untimed: they
 * compile the backend's kernels (shaders on a GPU) and warm the JIT; a
 * backend whose first batch alone is ten times slower than `slowerThan`
 * (the best so far) stops there, so a slow one costs one batch. Then timed
 * rounds of batches, each ended by one read (as the trainer reads once an
 * epoch, not once a batch), until `minMs` has passed or `maxBatches` ran,
 * or the estimate is already three times `slowerThan`.
 */
import * as tf from '@tensorflow/tfjs';
import type { RunConfig } from '../config/runConfig';
import { prepareRun } from './prepareRun';
import { trainStep } from './trainStep';

export interface TimingOptions {
  minMs?: number;
  maxBatches?: number;
  now?: () => number;
}

/** Batches of the model's training rows cycle through these many distinct slices. */
const SLICES = 4;

export async function timeEpochMs(config: RunConfig, slowerThan: number | null, options: TimingOptions = {}): Promise<number> {
  const { minMs = 100, maxBatches = 48, now = () => performance.now() } = options;
  const { data, compiled } = prepareRun(config);
  const batch = Math.max(1, Math.min(config.fit.batchSize, data.train.rows));
  const rows = Math.min(data.train.rows, batch * SLICES);
  const slices = Math.max(1, Math.floor(rows / batch));
  const x = tf.tensor2d(data.train.x.subarray(0, rows * data.features), [rows, data.features]);
  const y = tf.tensor2d(data.train.y.subarray(0, rows * data.outputs), [rows, data.outputs]);
  let sums: tf.Tensor1D = tf.zeros([2]);
  let step = 0;
  const run = async (count: number): Promise<void> => {
    for (let index = 0; index < count; index++, step++) {
      const next = trainStep(compiled, { x, y, start: (step % slices) * batch, size: batch }, step, sums);
      sums.dispose();
      sums = next;
    }
    await sums.data();
  };
  try {
    const steps = Math.ceil(data.train.rows / config.fit.batchSize);
    // The first batch alone (kernels compiled, JIT cold) already tells a backend many times slower than the best: it stops there.
    const coldStart = now();
    await run(1);
    const coldEstimate = (now() - coldStart) * steps;
    if (slowerThan !== null && coldEstimate > slowerThan * 10) return coldEstimate;
    await run(2);
    const started = now();
    let timed = 0;
    let round = 2;
    for (;;) {
      await run(round);
      timed += round;
      const elapsed = now() - started;
      const msPerEpoch = (elapsed / timed) * steps;
      if (elapsed >= minMs || timed >= maxBatches || (slowerThan !== null && msPerEpoch > slowerThan * 3)) return msPerEpoch;
      round = Math.min(round * 2, maxBatches - timed);
    }
  } finally {
    tf.dispose([x, y, sums]);
    compiled.dispose();
  }
}
