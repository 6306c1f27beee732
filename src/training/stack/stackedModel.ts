/**
 * K variants of one MLP as one model (DESIGN.md §7): every weight carries a
 * leading variant axis (`[K, in, out]`, biases `[K, 1, out]`), the forward
 * pass is one batched matmul per layer, and each variant's loss is its own
 * batch mean, so the gradient of their sum gives each variant exactly its
 * own gradient. Each variant starts from the weights its config gets alone
 * (its seed's initialisers), and each layer is a matmul, a bias add and the
 * activation, the arithmetic of a tfjs Dense layer (which fuses the three
 * for relu, elu and linear; the wasm backend's fused kernel takes no
 * per-variant bias), so on the cpu backend a variant's numbers are those of
 * its solo run, bit for bit.
 */
import * as tf from '@tensorflow/tfjs';
import type { CompiledMetric } from '../../callbacks';
import type { RunConfig } from '../../config/runConfig';
import type { Task } from '../datasets/dataset';
import { buildModel, type MetricName, type ModelShape } from '../model';
import { kerasOptimizerParams } from '../../config/modelConfig';
import { KerasOptimizer } from '../optimizers/kerasOptimizer';
import { variantMatMul } from './variantMatMul';

/** Keras's `backend.epsilon()`, as the solo model's loss uses it. */
const EPSILON = 1e-7;

interface StackedLayer {
  kernel: tf.Variable;
  bias: tf.Variable;
  activation: string;
  /** Dropout after the activation, in training. */
  dropout: number;
  /** The layer's index in the solo model's `layers` list (dropout seeds use it). */
  dropoutIndex: number;
}

export interface StackedModel {
  readonly variantCount: number;
  readonly task: Task;
  readonly metric: CompiledMetric & { name: MetricName };
  readonly variables: readonly tf.Variable[];
  /** Each variable's path in a solo model (`dense_1/kernel`), in `getWeights()` order. */
  readonly names: readonly string[];
  /** Each variable's shape in a solo model (`[in, out]`, `[out]`), in `getWeights()` order. */
  readonly soloShapes: readonly (readonly number[])[];
  readonly optimizer: KerasOptimizer;
  /** `[K, B, in]` → `[K, B, out]`; in training, each variant's dropout mask is its solo run's at `step`. */
  forward(x: tf.Tensor3D, training: boolean, step: number): tf.Tensor3D;
  /** Per-variant batch means of the loss and the metric, `[K]` each. */
  losses(yTrue: tf.Tensor3D, yPred: tf.Tensor3D): tf.Tensor1D;
  metrics(yTrue: tf.Tensor3D, yPred: tf.Tensor3D): tf.Tensor1D;
  dispose(): void;
}

function activate(name: string, x: tf.Tensor): tf.Tensor {
  switch (name) {
    case 'tanh':
      return tf.tanh(x);
    case 'sigmoid':
      return tf.sigmoid(x);
    case 'softmax':
      return tf.softmax(x);
    case 'selu':
      return tf.selu(x);
    case 'relu':
      return tf.relu(x);
    case 'elu':
      return tf.elu(x);
    case 'linear':
      return x;
    default:
      throw new Error(`no stacked activation ${name}`);
  }
}

function outputActivation(task: Task): string {
  if (task === 'binary') return 'sigmoid';
  if (task === 'multiclass') return 'softmax';
  return 'linear';
}

/** Each variant's initial weights, as its solo model gets them, stacked on a new first axis. */
function stackedInitialWeights(configs: readonly RunConfig[], shape: ModelShape): { stacked: tf.Tensor[]; soloShapes: number[][] } {
  const perVariant = configs.map((config) => {
    const solo = buildModel(config.model, config.optimizer, shape, config.fit.seed);
    const weights = solo.model.getWeights().map((weight) => weight.clone());
    solo.dispose();
    return weights;
  });
  const first = perVariant[0] ?? [];
  const soloShapes = first.map((weight) => weight.shape);
  const stacked = first.map((_weight, index) => tf.stack(perVariant.map((weights) => weights[index] as tf.Tensor)));
  tf.dispose(perVariant.flat());
  return { stacked, soloShapes };
}

export function buildStackedModel(configs: readonly RunConfig[], shape: ModelShape): StackedModel {
  const [first] = configs;
  if (!first) throw new Error('a stack needs at least one variant');
  const K = configs.length;
  const { stacked, soloShapes } = stackedInitialWeights(configs, shape);
  const variables: tf.Variable[] = [];
  const layers: StackedLayer[] = [];
  const hidden = first.model.hiddenLayers;
  let soloIndex = 0;
  for (let index = 0; index <= hidden.length; index++) {
    const kernel = tf.variable(stacked[2 * index] as tf.Tensor, true);
    const biasValues = stacked[2 * index + 1] as tf.Tensor;
    const bias = tf.tidy(() => tf.variable(tf.reshape(biasValues, [K, 1, biasValues.shape[1] ?? 1]), true));
    variables.push(kernel, bias);
    const layer = hidden[index];
    const dropout = layer?.dropout ?? 0;
    layers.push({ kernel, bias, activation: layer ? layer.activation : outputActivation(shape.task), dropout, dropoutIndex: soloIndex + 1 });
    soloIndex += dropout > 0 ? 2 : 1;
  }
  tf.dispose(stacked);
  const names = layers.flatMap((_layer, index) => {
    const layerName = index < hidden.length ? `dense_${index + 1}` : 'output';
    return [`${layerName}/kernel`, `${layerName}/bias`];
  });
  const optimizer = new KerasOptimizer({ kind: first.optimizer.kind, variants: configs.map((config) => kerasOptimizerParams(config.optimizer)), variables, names, variantAxis: true });
  const seeds = configs.map((config) => config.fit.seed);

  function dropout(x: tf.Tensor, rate: number, step: number, layerIndex: number): tf.Tensor {
    const parts = seeds.map((seed, variant) => tf.dropout(tf.slice(x, [variant, 0, 0], [1, -1, -1]), rate, undefined, seed * 7919 + step * 31 + layerIndex));
    return tf.concat(parts, 0);
  }

  function forward(x: tf.Tensor3D, training: boolean, step: number): tf.Tensor3D {
    let output: tf.Tensor = x;
    for (const layer of layers) {
      output = activate(layer.activation, tf.add(variantMatMul(output as tf.Tensor3D, layer.kernel as tf.Tensor3D), layer.bias));
      if (training && layer.dropout > 0) output = dropout(output, layer.dropout, step, layer.dropoutIndex);
    }
    return output as tf.Tensor3D;
  }

  const metric: StackedModel['metric'] = shape.task === 'regression' ? { name: 'mae', direction: 'down' } : { name: 'accuracy', direction: 'up' };
  const perSample = [1, 2];

  function losses(yTrue: tf.Tensor3D, yPred: tf.Tensor3D): tf.Tensor1D {
    if (shape.task === 'regression') return tf.mean(tf.squaredDifference(yTrue, yPred), perSample);
    const p = tf.clipByValue(yPred, EPSILON, 1 - EPSILON);
    if (shape.task === 'binary') {
      return tf.neg(tf.mean(tf.add(tf.mul(yTrue, tf.log(p)), tf.mul(tf.sub(1, yTrue), tf.log(tf.sub(1, p)))), perSample));
    }
    return tf.neg(tf.mean(tf.sum(tf.mul(yTrue, tf.log(p)), -1), 1));
  }

  function metrics(yTrue: tf.Tensor3D, yPred: tf.Tensor3D): tf.Tensor1D {
    if (shape.task === 'regression') return tf.mean(tf.abs(tf.sub(yTrue, yPred)), perSample);
    if (shape.task === 'binary') return tf.mean(tf.cast(tf.equal(tf.greater(yPred, 0.5), tf.cast(yTrue, 'bool')), 'float32'), perSample);
    return tf.mean(tf.cast(tf.equal(tf.argMax(yPred, -1), tf.argMax(yTrue, -1)), 'float32'), 1);
  }

  return {
    variantCount: K,
    task: shape.task,
    metric,
    variables,
    names,
    soloShapes,
    optimizer,
    forward,
    losses,
    metrics,
    dispose() {
      optimizer.dispose();
      tf.dispose(variables);
    },
  };
}
