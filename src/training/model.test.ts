import * as tf from '@tensorflow/tfjs';
import { beforeAll, expect, test } from 'vitest';
import { modelConfigSchema, optimizerConfigSchema } from '../config/modelConfig';
import { buildModel } from './model';
import { useCpuBackend } from './trainerTestKit';

beforeAll(useCpuBackend);

const mlp = modelConfigSchema.parse({ hiddenLayers: [{ units: 4, activation: 'tanh', dropout: 0.5 }] });
const adam = optimizerConfigSchema.parse({});

test.each([
  ['binary', 1, 'accuracy', 'up', 'sigmoid'],
  ['multiclass', 3, 'accuracy', 'up', 'softmax'],
  ['regression', 1, 'mae', 'down', 'linear'],
] as const)('%s: %i outputs, metric %s (%s), %s output', (task, outputs, metric, direction, activation) => {
  const compiled = buildModel(mlp, adam, { features: 2, outputs, task }, 1);
  expect(compiled.metric).toEqual({ name: metric, direction });
  expect(compiled.model.outputs[0]?.shape).toEqual([null, outputs]);
  const config = compiled.model.layers.at(-1)?.getConfig();
  expect(config?.['activation']).toBe(activation);
  compiled.dispose();
});

test('initial weights are seeded; dropout only acts in training, with a mask per step', () => {
  const a = buildModel(mlp, adam, { features: 2, outputs: 1, task: 'binary' }, 5);
  const b = buildModel(mlp, adam, { features: 2, outputs: 1, task: 'binary' }, 5);
  const values = (compiled: typeof a) => compiled.model.getWeights().map((weight) => Array.from(weight.dataSync()));
  expect(values(b)).toEqual(values(a));
  tf.tidy(() => {
    const x = tf.ones<tf.Rank.R2>([8, 2]);
    expect(a.forward(x, false, 0).arraySync()).toEqual(a.forward(x, false, 1).arraySync());
    expect(a.forward(x, true, 1).arraySync()).toEqual(b.forward(x, true, 1).arraySync());
    expect(a.forward(x, true, 1).arraySync()).not.toEqual(a.forward(x, true, 2).arraySync());
  });
  a.dispose();
  b.dispose();
});

test('losses and metrics match Keras on a hand-checked batch', () => {
  const binary = buildModel(mlp, adam, { features: 2, outputs: 1, task: 'binary' }, 1);
  const regression = buildModel(mlp, adam, { features: 2, outputs: 1, task: 'regression' }, 1);
  tf.tidy(() => {
    const yTrue = tf.tensor2d([[1], [0]]);
    const yPred = tf.tensor2d([[0.8], [0.4]]);
    expect(binary.loss(yTrue, yPred).dataSync()[0]).toBeCloseTo(-(Math.log(0.8) + Math.log(0.6)) / 2, 5);
    expect(binary.metricValue(yTrue, yPred).dataSync()[0]).toBe(1);
    expect(regression.loss(yTrue, yPred).dataSync()[0]).toBeCloseTo((0.04 + 0.16) / 2, 6);
    expect(regression.metricValue(yTrue, yPred).dataSync()[0]).toBeCloseTo(0.3, 6);
  });
  binary.dispose();
  regression.dispose();
});
