import { readFileSync } from 'node:fs';
import * as tf from '@tensorflow/tfjs';
import { beforeAll, expect, test } from 'vitest';
import { decodeDigits, gunzip } from '../data/mnist/mnistAsset';
import { MNIST_ASSET_PATH } from '../../scripts/mnistAssetPlugin';
import { provideDigits } from './datasets/mnist';
import { buildModel } from './model';
import { runTraining, testConfig, useCpuBackend } from './trainerTestKit';

const SMALL_CNN = [
  { type: 'Conv2D', filters: 4, kernelSize: 3, activation: 'relu' },
  { type: 'MaxPooling2D', poolSize: 2 },
  { type: 'Flatten' },
  { type: 'Dropout', rate: 0.25 },
  { type: 'Dense', units: 16, activation: 'relu' },
];

beforeAll(async () => {
  await useCpuBackend();
  // The asset the build ships (vite.config.ts's plugin wrote it when vitest started).
  provideDigits(decodeDigits(await gunzip(new Uint8Array(readFileSync(MNIST_ASSET_PATH)))));
});

test('the asset holds the package\'s 10,000 digits, every class in the first 1,000', async () => {
  const digits = decodeDigits(await gunzip(new Uint8Array(readFileSync(MNIST_ASSET_PATH))));
  expect([digits.count, digits.rows, digits.cols]).toEqual([10_000, 28, 28]);
  const counts = Array.from({ length: 10 }, (_, digit) => digits.labels.subarray(0, 1000).filter((label) => label === digit).length);
  expect(Math.min(...counts)).toBeGreaterThan(60);
});

test('a layer list builds Keras\'s layers with Keras\'s names, seeded, on images given as flat rows', () => {
  const config = testConfig({ dataset: { kind: 'mnist', size: 1000 }, model: { layers: SMALL_CNN } });
  const shape = { features: 784, outputs: 10, task: 'multiclass' as const, image: { height: 28, width: 28, channels: 1 } };
  const a = buildModel(config.model, config.optimizer, shape, 3);
  const b = buildModel(config.model, config.optimizer, shape, 3);
  expect(a.model.layers.map((layer) => layer.name)).toEqual(['conv2d_1', 'max_pooling2d_1', 'flatten_1', 'dropout_1', 'dense_1', 'output']);
  expect(a.model.layers[0]?.getConfig()).toMatchObject({ strides: [1, 1], padding: 'valid', activation: 'relu' });
  expect(a.model.getWeights().map((weight) => weight.shape)).toEqual([[3, 3, 1, 4], [4], [676, 16], [16], [16, 10], [10]]);
  const same = a.model.getWeights().every((weight, index) => tf.tidy(() => tf.equal(weight, b.model.getWeights()[index] as tf.Tensor).all().dataSync()[0] === 1));
  expect(same).toBe(true);
  const outputShape = tf.tidy(() => a.forward(tf.zeros([5, 784]), false, 0).shape);
  expect(outputShape).toEqual([5, 10]);
  a.dispose();
  b.dispose();
});

test('the MLP reads digits as flat rows of 784 pixels, as a Dense tutorial model does', () => {
  const config = testConfig({ dataset: { kind: 'mnist', size: 1000 } });
  const compiled = buildModel(config.model, config.optimizer, { features: 784, outputs: 10, task: 'multiclass', image: { height: 28, width: 28, channels: 1 } }, 3);
  expect(compiled.model.inputs[0]?.shape).toEqual([null, 784]);
  const outputShape = tf.tidy(() => compiled.forward(tf.zeros([2, 784]), true, 0).shape);
  expect(outputShape).toEqual([2, 10]);
  compiled.dispose();
});

test('a small CNN learns MNIST digits, with no tensor left behind from epoch to epoch', async () => {
  const before = tf.memory().numTensors;
  const config = testConfig({
    dataset: { kind: 'mnist', size: 1000 },
    model: { layers: SMALL_CNN },
    fit: { epochs: 3, batchSize: 32, validationSplit: 0.2, testSplit: 0, seed: 1 },
  });
  const counts: number[] = [];
  const { result, prepared } = await runTraining(config, { onEpochEnd: () => counts.push(tf.memory().numTensors) });
  expect(result.failure).toBeNull();
  expect(result.history['val_accuracy']?.at(-1)).toBeGreaterThan(0.6);
  expect(new Set(counts.slice(1)).size).toBe(1);
  prepared.compiled.dispose();
  expect(tf.memory().numTensors).toBe(before);
}, 120_000);
