/**
 * One evaluation batch, shared by the trainer's validation and by restoring
 * a checkpoint, so a restored model is measured exactly as it was when saved.
 */
import * as tf from '@tensorflow/tfjs';
import type { Logs } from '../callbacks';
import type { Samples, SplitDataset } from './datasets/split';
import type { CompiledModel } from './model';
import type { TestEvaluation } from './protocol';

export interface BatchSlice {
  x: tf.Tensor2D;
  y: tf.Tensor2D;
  start: number;
  size: number;
}

export function sliceBatch(x: tf.Tensor2D, y: tf.Tensor2D, start: number, size: number): [tf.Tensor2D, tf.Tensor2D] {
  return [tf.slice(x, [start, 0], [size, -1]), tf.slice(y, [start, 0], [size, -1])];
}

/** Returns `sums + size * [loss, metric]` for one batch, in inference mode; disposes nothing it was given. */
export function evaluateStep(compiled: CompiledModel, batch: BatchSlice, sums: tf.Tensor1D): tf.Tensor1D {
  return tf.tidy(() => {
    const [xb, yb] = sliceBatch(batch.x, batch.y, batch.start, batch.size);
    const prediction = compiled.forward(xb, false, 0);
    const values = tf.stack([compiled.loss(yb, prediction), compiled.metricValue(yb, prediction)]);
    return tf.add<tf.Tensor1D>(sums, tf.mul(values, batch.size));
  });
}

/** `rows × [loss, metric]` summed over the first `rows` of `x`/`y`, batch by batch, on the device. */
export function evaluationSums(compiled: CompiledModel, x: tf.Tensor2D, y: tf.Tensor2D, rows: number, batchSize: number): tf.Tensor1D {
  let sums: tf.Tensor1D = tf.zeros([2]);
  for (let start = 0; start < rows; start += batchSize) {
    const next = evaluateStep(compiled, { x, y, start, size: Math.min(batchSize, rows - start) }, sums);
    sums.dispose();
    sums = next;
  }
  return sums;
}

/** The loss and metric over the first `rows` of `x`/`y`, batch-size-weighted means, as `loss` and the metric's name. */
async function evaluateTensors(compiled: CompiledModel, x: tf.Tensor2D, y: tf.Tensor2D, rows: number, batchSize: number): Promise<Logs> {
  const sums = evaluationSums(compiled, x, y, rows, batchSize);
  try {
    const [loss, metric] = await sums.data();
    return { loss: (loss as number) / rows, [compiled.metric.name]: (metric as number) / rows };
  } finally {
    sums.dispose();
  }
}

/** Keras's `evaluate`: the loss and metric over `samples`, batch-size-weighted means, as `loss` and the metric's name. */
export async function evaluateSamples(compiled: CompiledModel, samples: Samples, features: number, outputs: number, batchSize: number): Promise<Logs> {
  const x = tf.tensor2d(samples.x, [samples.rows, features]);
  const y = tf.tensor2d(samples.y, [samples.rows, outputs]);
  try {
    return await evaluateTensors(compiled, x, y, samples.rows, batchSize);
  } finally {
    tf.dispose([x, y]);
  }
}

/** The model on a held-out set, as Keras's `model.evaluate(x_test, y_test)` reports it after `fit`. */
export async function evaluateHeldOut(compiled: CompiledModel, data: Pick<SplitDataset, 'features' | 'outputs'>, samples: Samples, batchSize: number): Promise<TestEvaluation> {
  return { logs: await evaluateSamples(compiled, samples, data.features, data.outputs, batchSize), samples: samples.rows };
}
