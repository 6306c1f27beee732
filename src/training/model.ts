/**
 * Turns the model and optimizer config into tfjs objects (STYLE.md: names
 * in the config, objects at the edge): an MLP (`hiddenLayers`) or a Keras
 * layer list (`layers`: Conv2D, MaxPooling2D, Flatten, Dense, Dropout) with
 * seeded initialisers, the loss that fits the task, and the metric Keras
 * would report for it. Images arrive as flat rows and are reshaped to
 * (height, width, channels) at the start of the forward pass.
 *
 * The forward pass applies Dropout itself with a seed per step, because a
 * tfjs Dropout layer with a fixed seed draws the same mask on every batch,
 * and one without a seed draws from `Math.random`.
 */
import * as tf from '@tensorflow/tfjs';
import type { CompiledMetric } from '../callbacks';
import type { LayerSpec } from '../config/layerSchemas';
import type { ModelConfig, OptimizerConfig } from '../config/modelConfig';
import type { ImageShape, Task } from './datasets/dataset';
import { buildLayer } from './layers';
import { createOptimizer } from './optimizers';
import type { KerasOptimizer } from './optimizers/kerasOptimizer';

export type MetricName = 'accuracy' | 'mae';

export interface CompiledModel {
  readonly model: tf.Sequential;
  readonly optimizer: KerasOptimizer;
  readonly task: Task;
  /** Keras's name for the loss and the compiled metric, with its direction for `mode: 'auto'`. */
  readonly metric: CompiledMetric & { name: MetricName };
  readonly variables: tf.Variable[];
  /** The prediction; in training, dropout is applied with a mask seeded by `step`. */
  forward(x: tf.Tensor2D, training: boolean, step: number): tf.Tensor2D;
  /** The batch mean of the loss. */
  loss(yTrue: tf.Tensor2D, yPred: tf.Tensor2D): tf.Scalar;
  /** The batch mean of the metric. */
  metricValue(yTrue: tf.Tensor2D, yPred: tf.Tensor2D): tf.Scalar;
  /** The loss of each sample (Keras's loss function before its reduction), for `class_weight`. */
  sampleLoss(yTrue: tf.Tensor2D, yPred: tf.Tensor2D): tf.Tensor1D;
  /** The metric of each sample, which Keras's Mean metric weights by `class_weight`. */
  sampleMetric(yTrue: tf.Tensor2D, yPred: tf.Tensor2D): tf.Tensor1D;
  dispose(): void;
}

/** Keras's `backend.epsilon()`, used to clip probabilities before the log. */
const EPSILON = 1e-7;

export interface ModelShape {
  features: number;
  outputs: number;
  task: Task;
  /** Set for image data: each row of `features` values is an image of this shape. */
  image?: ImageShape | null;
}

function outputActivation(task: Task): 'sigmoid' | 'softmax' | 'linear' {
  if (task === 'binary') return 'sigmoid';
  if (task === 'multiclass') return 'softmax';
  return 'linear';
}

interface Built {
  model: tf.Sequential;
  /** Dropout rates by layer index: the forward pass applies them itself, seeded per step. */
  dropoutRates: Map<number, number>;
}

function inputShape(shape: ModelShape): number[] {
  return shape.image ? [shape.image.height, shape.image.width, shape.image.channels] : [shape.features];
}

function outputLayer(shape: ModelShape, seed: number, first: boolean): tf.layers.Layer {
  return tf.layers.dense({
    name: 'output',
    units: shape.outputs,
    activation: outputActivation(shape.task),
    kernelInitializer: tf.initializers.glorotUniform({ seed }),
    biasInitializer: 'zeros',
    ...(first ? { inputShape: inputShape(shape) } : {}),
  });
}

function buildMlp(config: ModelConfig, shape: ModelShape, seed: number): Built {
  const model = tf.sequential({ name: 'mlp' });
  const dropoutRates = new Map<number, number>();
  config.hiddenLayers.forEach((layer, index) => {
    model.add(
      tf.layers.dense({
        name: `dense_${index + 1}`,
        units: layer.units,
        activation: layer.activation,
        kernelInitializer: tf.initializers.glorotUniform({ seed: seed + index }),
        biasInitializer: 'zeros',
        ...(index === 0 ? { inputShape: inputShape(shape) } : {}),
      }),
    );
    if (layer.dropout > 0) {
      dropoutRates.set(model.layers.length, layer.dropout);
      model.add(tf.layers.dropout({ name: `dropout_${index + 1}`, rate: layer.dropout }));
    }
  });
  model.add(outputLayer(shape, seed + config.hiddenLayers.length, config.hiddenLayers.length === 0));
  return { model, dropoutRates };
}

function buildLayerList(layers: readonly LayerSpec[], shape: ModelShape, seed: number): Built {
  const model = tf.sequential({ name: 'sequential' });
  const dropoutRates = new Map<number, number>();
  const counts = new Map<string, number>();
  layers.forEach((spec, index) => {
    const count = (counts.get(spec.type) ?? 0) + 1;
    counts.set(spec.type, count);
    if (spec.type === 'Dropout') dropoutRates.set(index, spec.rate);
    model.add(buildLayer(spec, { name: `${LAYER_NAMES[spec.type]}_${count}`, seed: seed + index, ...(index === 0 ? { inputShape: inputShape(shape) } : {}) }));
  });
  model.add(outputLayer(shape, seed + layers.length, false));
  return { model, dropoutRates };
}

/** Keras's default layer names (`conv2d_1`, `max_pooling2d_1` …). */
const LAYER_NAMES: Record<LayerSpec['type'], string> = { Conv2D: 'conv2d', MaxPooling2D: 'max_pooling2d', Flatten: 'flatten', Dense: 'dense', Dropout: 'dropout' };

function buildSequential(config: ModelConfig, shape: ModelShape, seed: number): Built {
  // An MLP reads images as flat rows of pixels, as a Keras tutorial's Dense model does after reshape(-1, 784).
  return config.layers ? buildLayerList(config.layers, shape, seed) : buildMlp(config, { ...shape, image: null }, seed);
}

function lossFunction(task: Task): (yTrue: tf.Tensor2D, yPred: tf.Tensor2D) => tf.Scalar {
  if (task === 'regression') return (yTrue, yPred) => tf.mean(tf.squaredDifference(yTrue, yPred));
  if (task === 'binary') {
    return (yTrue, yPred) => {
      const p = tf.clipByValue(yPred, EPSILON, 1 - EPSILON);
      const perSample = tf.add(tf.mul(yTrue, tf.log(p)), tf.mul(tf.sub(1, yTrue), tf.log(tf.sub(1, p))));
      return tf.neg(tf.mean(perSample));
    };
  }
  return (yTrue, yPred) => {
    const p = tf.clipByValue(yPred, EPSILON, 1 - EPSILON);
    return tf.neg(tf.mean(tf.sum(tf.mul(yTrue, tf.log(p)), -1)));
  };
}

/** Keras's per-sample losses: the mean over the outputs, or the categorical sum. */
function sampleLossFunction(task: Task): (yTrue: tf.Tensor2D, yPred: tf.Tensor2D) => tf.Tensor1D {
  if (task === 'regression') return (yTrue, yPred) => tf.mean(tf.squaredDifference(yTrue, yPred), -1);
  if (task === 'binary') {
    return (yTrue, yPred) => {
      const p = tf.clipByValue(yPred, EPSILON, 1 - EPSILON);
      return tf.neg(tf.mean(tf.add(tf.mul(yTrue, tf.log(p)), tf.mul(tf.sub(1, yTrue), tf.log(tf.sub(1, p)))), -1));
    };
  }
  return (yTrue, yPred) => tf.neg(tf.sum(tf.mul(yTrue, tf.log(tf.clipByValue(yPred, EPSILON, 1 - EPSILON))), -1));
}

function sampleMetricFunction(task: Task): (yTrue: tf.Tensor2D, yPred: tf.Tensor2D) => tf.Tensor1D {
  if (task === 'regression') return (yTrue, yPred) => tf.mean(tf.abs(tf.sub(yTrue, yPred)), -1);
  if (task === 'binary') return (yTrue, yPred) => tf.mean(tf.cast(tf.equal(tf.greater(yPred, 0.5), tf.cast(yTrue, 'bool')), 'float32'), -1);
  return (yTrue, yPred) => tf.cast(tf.equal(tf.argMax(yPred, -1), tf.argMax(yTrue, -1)), 'float32');
}

function metricFunction(task: Task): (yTrue: tf.Tensor2D, yPred: tf.Tensor2D) => tf.Scalar {
  if (task === 'regression') return (yTrue, yPred) => tf.mean(tf.abs(tf.sub(yTrue, yPred)));
  if (task === 'binary') return (yTrue, yPred) => tf.mean(tf.cast(tf.equal(tf.greater(yPred, 0.5), tf.cast(yTrue, 'bool')), 'float32'));
  return (yTrue, yPred) => tf.mean(tf.cast(tf.equal(tf.argMax(yPred, -1), tf.argMax(yTrue, -1)), 'float32'));
}

export function buildModel(config: ModelConfig, optimizerConfig: OptimizerConfig, shape: ModelShape, seed: number): CompiledModel {
  const { model, dropoutRates } = buildSequential(config, shape, seed);
  const variables = model.trainableWeights.map((weight) => weight.read() as tf.Variable);
  const optimizer = createOptimizer(optimizerConfig, variables, model.trainableWeights.map((weight) => weight.originalName));
  const metric: CompiledModel['metric'] =
    shape.task === 'regression' ? { name: 'mae', direction: 'down' } : { name: 'accuracy', direction: 'up' };
  const loss = lossFunction(shape.task);
  const metricValue = metricFunction(shape.task);

  const image = config.layers ? shape.image : null;
  function forward(x: tf.Tensor2D, training: boolean, step: number): tf.Tensor2D {
    let output: tf.Tensor = image ? tf.reshape(x, [-1, image.height, image.width, image.channels]) : x;
    model.layers.forEach((layer, index) => {
      const rate = dropoutRates.get(index);
      if (rate === undefined) output = layer.apply(output) as tf.Tensor;
      else if (training) output = tf.dropout(output, rate, undefined, seed * 7919 + step * 31 + index);
    });
    return output as tf.Tensor2D;
  }

  return {
    model,
    optimizer,
    task: shape.task,
    metric,
    variables,
    forward,
    loss,
    metricValue,
    sampleLoss: sampleLossFunction(shape.task),
    sampleMetric: sampleMetricFunction(shape.task),
    dispose() {
      model.dispose();
      optimizer.dispose();
    },
  };
}
