/**
 * Prediction through the callback stack, as Keras's `predict` runs it:
 * predict begin, per batch begin/end, predict end. For the page's later
 * views (the decision boundary over a grid of points).
 *
 * Differs from Keras: `onPredictBatchEnd` gets empty logs, not
 * `{outputs}`, because only numbers reach callbacks.
 */
import * as tf from '@tensorflow/tfjs';
import type { CallbackList } from '../callbacks';
import type { CompiledModel } from './model';

/** Predicts `rows` inputs of `x` (rows × features), `batchSize` at a time; returns rows × outputs values. */
export async function predict(compiled: CompiledModel, list: CallbackList, x: Float32Array, rows: number, batchSize: number): Promise<Float32Array> {
  const features = rows === 0 ? 0 : x.length / rows;
  const inputs = tf.tensor2d(x, [rows, features]);
  const parts: tf.Tensor2D[] = [];
  try {
    list.onPredictBegin();
    for (let batch = 0; batch * batchSize < rows; batch++) {
      const start = batch * batchSize;
      list.onPredictBatchBegin(batch);
      parts.push(tf.tidy(() => compiled.forward(tf.slice(inputs, [start, 0], [Math.min(batchSize, rows - start), -1]), false, 0)));
      list.onPredictBatchEnd(batch);
    }
    list.onPredictEnd();
    const all = tf.concat(parts);
    try {
      return await all.data<'float32'>();
    } finally {
      all.dispose();
    }
  } finally {
    tf.dispose([inputs, ...parts]);
  }
}
