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

/**
 * Predicts `rows` inputs of `x` (rows × features), `batchSize` at a time;
 * returns the rows × outputs predictions on the device, for the caller to
 * read and dispose. A hook that throws throws here.
 */
export function predict(compiled: CompiledModel, list: CallbackList, x: Float32Array, rows: number, batchSize: number): tf.Tensor2D {
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
    return tf.concat(parts);
  } finally {
    tf.dispose([inputs, ...parts]);
  }
}
