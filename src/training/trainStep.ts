/**
 * One optimizer step, as Keras's `train_step` takes it
 * (`keras/src/backend/tensorflow/trainer.py`): the loss of the batch, its
 * gradients, the optimizer's update, and the running sums of the epoch's
 * logs. With `class_weight` the loss is Keras's `sum_over_batch_size` of
 * the weighted per-sample losses (`sum(loss * w) / batch size`), and the
 * metric's sum is weighted too (its divisor, the weight seen, is counted
 * on the host). The loss tracker weighs each batch by its size either way.
 */
import * as tf from '@tensorflow/tfjs';
import { sliceBatch, type BatchSlice } from './evaluation';
import type { CompiledModel } from './model';

/** Returns `sums + size * [loss, metric]` and disposes nothing it was given. */
export function trainStep(compiled: CompiledModel, batch: BatchSlice, step: number, sums: tf.Tensor1D): tf.Tensor1D {
  const kept: { metric?: tf.Scalar } = {};
  const next = tf.tidy(() => {
    const [xb, yb] = sliceBatch(batch.x, batch.y, batch.start, batch.size);
    const { value: loss, grads } = tf.variableGrads(() => {
      const prediction = compiled.forward(xb, true, step);
      // Kept past the gradient's own scope, which disposes what the loss function made.
      kept.metric = tf.keep(compiled.metricValue(yb, prediction));
      return compiled.loss(yb, prediction);
    }, compiled.variables);
    compiled.optimizer.apply(compiled.variables.map((variable) => grads[variable.name] as tf.Tensor));
    return tf.add<tf.Tensor1D>(sums, tf.mul(tf.stack([loss, kept.metric as tf.Scalar]), batch.size));
  });
  kept.metric?.dispose();
  return next;
}

/** Returns `sums + [size * weighted loss, sum(weight * metric)]`; `weights` is the epoch's, in its row order. */
export function weightedTrainStep(compiled: CompiledModel, batch: BatchSlice, weights: tf.Tensor1D, step: number, sums: tf.Tensor1D): tf.Tensor1D {
  const kept: { metric?: tf.Scalar } = {};
  const next = tf.tidy(() => {
    const [xb, yb] = sliceBatch(batch.x, batch.y, batch.start, batch.size);
    const wb = tf.slice(weights, [batch.start], [batch.size]);
    const { value: loss, grads } = tf.variableGrads(() => {
      const prediction = compiled.forward(xb, true, step);
      kept.metric = tf.keep(tf.sum(tf.mul(compiled.sampleMetric(yb, prediction), wb)));
      return tf.mean(tf.mul(compiled.sampleLoss(yb, prediction), wb));
    }, compiled.variables);
    compiled.optimizer.apply(compiled.variables.map((variable) => grads[variable.name] as tf.Tensor));
    return tf.add<tf.Tensor1D>(sums, tf.stack([tf.mul(loss, batch.size), kept.metric as tf.Scalar]));
  });
  kept.metric?.dispose();
  return next;
}
