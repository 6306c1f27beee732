import * as tf from '@tensorflow/tfjs';
import { beforeAll, describe, expect, test } from 'vitest';
import { resolveOptimizerParams, type KerasOptimizerParams, type OptimizerKind } from '../../config/optimizerParams';
import { useCpuBackend } from './cpuBackend';
import { KerasOptimizer } from './kerasOptimizer';

beforeAll(useCpuBackend);

const SHAPES = [[3, 2], [2]] as const;

/** Deterministic gradients for step `step` of variant `variant`. */
function gradientValues(step: number, variant: number, size: number, scale = 1): number[] {
  return Array.from({ length: size }, (_value, index) => scale * Math.sin(1.3 * step + 0.7 * index + 2.1 * variant + 0.4));
}

const initialValues = (size: number, variant = 0): number[] => Array.from({ length: size }, (_value, index) => 0.1 * (index + 1) * (index % 2 ? -1 : 1) + 0.05 * variant);
const sizeOf = (shape: readonly number[]): number => shape.reduce((product, dimension) => product * dimension, 1);

/** Runs `steps` of one variant alone (K = 1, no variant axis) and returns the variables' values. */
function solo(kind: OptimizerKind, params: KerasOptimizerParams, steps: number, variant = 0, zeroFrom = Infinity): number[][] {
  const variables = SHAPES.map((shape) => tf.variable(tf.tensor(initialValues(sizeOf(shape), variant), [...shape])));
  const optimizer = new KerasOptimizer({ kind, variants: [params], variables, variantAxis: false });
  for (let step = 0; step < Math.min(steps, zeroFrom); step++) {
    const gradients = SHAPES.map((shape) => tf.tensor(gradientValues(step, variant, sizeOf(shape)), [...shape]));
    optimizer.apply(gradients);
    tf.dispose(gradients);
  }
  const values = variables.map((variable) => Array.from(variable.dataSync()));
  optimizer.dispose();
  tf.dispose(variables);
  return values;
}

/** Runs K variants in one stack; variant `stopAt[k]` stops after that many steps. */
function stacked(kind: OptimizerKind, variants: KerasOptimizerParams[], steps: number, stopAt: number[]): number[][][] {
  const K = variants.length;
  const variables = SHAPES.map((shape) =>
    tf.variable(tf.tensor(variants.flatMap((_params, variant) => initialValues(sizeOf(shape), variant)), [K, ...shape])),
  );
  const optimizer = new KerasOptimizer({ kind, variants, variables, variantAxis: true });
  for (let step = 0; step < steps; step++) {
    variants.forEach((_params, variant) => optimizer.setActive(variant, step < (stopAt[variant] ?? Infinity)));
    // A stopped variant still gets gradients (the stack computes them all): its update is masked, not its gradient.
    const gradients = SHAPES.map((shape) => tf.tensor(variants.flatMap((_params, variant) => gradientValues(step, variant, sizeOf(shape))), [K, ...shape]));
    optimizer.apply(gradients);
    tf.dispose(gradients);
  }
  const values = variants.map((_params, variant) =>
    variables.map((variable) => Array.from(tf.tidy(() => tf.gather(variable, [variant])).dataSync())),
  );
  optimizer.dispose();
  tf.dispose(variables);
  return values;
}

function expectClose(got: readonly number[][], want: readonly number[][], relative: number): void {
  want.forEach((values, variable) =>
    values.forEach((value, index) => expect(Math.abs((got[variable]?.[index] as number) - value)).toBeLessThanOrEqual(Math.max(relative * Math.abs(value), 1e-6))),
  );
}

describe('against tfjs where both optimizers compute the same update', () => {
  /** tfjs's own optimizer over the same steps. */
  function withTfjs(optimizer: tf.Optimizer, steps: number): number[][] {
    const variables = SHAPES.map((shape) => tf.variable(tf.tensor(initialValues(sizeOf(shape)), [...shape])));
    for (let step = 0; step < steps; step++) {
      const gradients = SHAPES.map((shape) => tf.tensor(gradientValues(step, 0, sizeOf(shape)), [...shape]));
      optimizer.applyGradients(variables.map((variable, index) => ({ name: variable.name, tensor: gradients[index] as tf.Tensor })));
      tf.dispose(gradients);
    }
    const values = variables.map((variable) => Array.from(variable.dataSync()));
    optimizer.dispose();
    tf.dispose(variables);
    return values;
  }

  const cases: [string, OptimizerKind, Partial<KerasOptimizerParams>, () => tf.Optimizer, number][] = [
    ['SGD', 'sgd', { learningRate: 0.1 }, () => tf.train.sgd(0.1), 1e-6],
    ['SGD with momentum (at a constant rate)', 'sgd', { learningRate: 0.05, momentum: 0.9 }, () => tf.train.momentum(0.05, 0.9), 1e-5],
    ['RMSprop', 'rmsprop', { learningRate: 0.01 }, () => tf.train.rmsprop(0.01, 0.9, 0, 1e-7), 1e-5],
    // `ms - mg²` cancels (these gradients change slowly), so the two roundings part further.
    ['RMSprop centered with momentum', 'rmsprop', { learningRate: 0.01, momentum: 0.5, centered: true }, () => tf.train.rmsprop(0.01, 0.9, 0.5, 1e-7, true), 1e-4],
    ['Adagrad', 'adagrad', { learningRate: 0.1 }, () => tf.train.adagrad(0.1, 0.1), 1e-5],
    // Adam's epsilon sits elsewhere in tfjs; with a tiny epsilon the two agree closely.
    ['Adam (epsilon 1e-12)', 'adam', { learningRate: 0.01, epsilon: 1e-12 }, () => tf.train.adam(0.01, 0.9, 0.999, 1e-12), 2e-5],
  ];

  test.each(cases)('%s', (_name, kind, given, tfjsOptimizer, tolerance) => {
    expectClose(solo(kind, resolveOptimizerParams(kind, given), 6), withTfjs(tfjsOptimizer(), 6), tolerance);
  });

  test("Adam's epsilon is Keras's, not tfjs's: with epsilon 1 they part", () => {
    const ours = solo('adam', resolveOptimizerParams('adam', { learningRate: 0.1, epsilon: 1 }), 1);
    const theirs = withTfjs(tf.train.adam(0.1, 0.9, 0.999, 1), 1);
    // Keras, one step: w -= lr * sqrt(1 - b2) / (1 - b1) * m / (sqrt(v) + eps), with m = 0.1 g and v = 0.001 g².
    const g = gradientValues(0, 0, 6)[0] as number;
    const w0 = initialValues(6)[0] as number;
    const keras = w0 - ((0.1 * Math.sqrt(0.001)) / 0.1) * ((0.1 * g) / (Math.sqrt(0.001 * g * g) + 1));
    expect(ours[0]?.[0]).toBeCloseTo(keras, 6);
    expect(Math.abs((theirs[0]?.[0] as number) - keras)).toBeGreaterThan(1e-3);
  });
});

describe('a stack of variants trains each exactly as alone', () => {
  const stacks: [OptimizerKind, Partial<KerasOptimizerParams>[]][] = [
    ['sgd', [{ learningRate: 0.1 }, { learningRate: 0.01 }, { learningRate: 0.3 }]],
    ['sgd', [{ learningRate: 0.1, momentum: 0.9, nesterov: true }, { learningRate: 0.02, momentum: 0.5, nesterov: true }]],
    ['adam', [{ learningRate: 0.01 }, { learningRate: 0.001, beta1: 0.8 }, { learningRate: 0.1, epsilon: 1e-3 }]],
    ['adamw', [{ learningRate: 0.01, weightDecay: 0.1 }, { learningRate: 0.05, weightDecay: 0.004 }]],
    ['rmsprop', [{ learningRate: 0.01, centered: true }, { learningRate: 0.001, rho: 0.8, centered: true }]],
    ['adagrad', [{ learningRate: 0.1 }, { learningRate: 0.5, initialAccumulatorValue: 0.5 }]],
    ['adamax', [{ learningRate: 0.01 }, { learningRate: 0.02, beta2: 0.9 }]],
    ['nadam', [{ learningRate: 0.01 }, { learningRate: 0.05, beta1: 0.7 }]],
    ['sgd', [{ learningRate: 0.1, clipnorm: 0.5 }, { learningRate: 0.1, clipnorm: 2 }]],
    ['adam', [{ learningRate: 0.1, globalClipnorm: 0.5 }, { learningRate: 0.1, globalClipnorm: 1 }]],
    ['sgd', [{ learningRate: 0.1, clipvalue: 0.3 }, { learningRate: 0.2, clipvalue: 1 }]],
    ['sgd', [{ learningRate: 0.1, useEma: true, emaOverwriteFrequency: 3 }, { learningRate: 0.2, useEma: true, emaMomentum: 0.5, emaOverwriteFrequency: 3 }]],
    ['adam', [{ learningRate: 0.01, gradientAccumulationSteps: 2 }, { learningRate: 0.1, gradientAccumulationSteps: 2 }]],
  ];

  test.each(stacks)('%s %j', (kind, given) => {
    const variants = given.map((params) => resolveOptimizerParams(kind, params));
    // The last variant stops after 3 of 7 steps.
    const stopAt = variants.map((_params, variant) => (variant === variants.length - 1 ? 3 : Infinity));
    const together = stacked(kind, variants, 7, stopAt);
    variants.forEach((params, variant) => {
      expect(together[variant]).toEqual(solo(kind, params, 7, variant, stopAt[variant]));
    });
  });

  test('variants that differ in what shapes the update cannot share a stack', () => {
    const variables = [tf.variable(tf.zeros([2, 3]))];
    const variants = [resolveOptimizerParams('adam', {}), resolveOptimizerParams('adam', { amsgrad: true })];
    expect(() => new KerasOptimizer({ kind: 'adam', variants, variables, variantAxis: true })).toThrow(/share/);
    tf.dispose(variables);
  });
});

test('a rate set between steps reaches the next update, rounded to float32 as Keras stores it', () => {
  const variables = [tf.variable(tf.tensor([1]))];
  const optimizer = new KerasOptimizer({ kind: 'sgd', variants: [resolveOptimizerParams('sgd', { learningRate: 0.1 })], variables, variantAxis: false });
  optimizer.setLearningRate(0.0123);
  expect(optimizer.getLearningRate()).toBe(Math.fround(0.0123));
  optimizer.apply([tf.tensor([1])]);
  expect(variables[0]?.dataSync()[0]).toBe(Math.fround(1 - Math.fround(0.0123)));
  optimizer.dispose();
  tf.dispose(variables);
});

test('no tensor is left behind from step to step', () => {
  const variables = SHAPES.map((shape) => tf.variable(tf.ones([2, ...shape])));
  const variants = [0.1, 0.2].map((learningRate) => resolveOptimizerParams('nadam', { learningRate, useEma: true, clipnorm: 1, gradientAccumulationSteps: 2 }));
  const optimizer = new KerasOptimizer({ kind: 'nadam', variants, variables, variantAxis: true });
  const counts: number[] = [];
  for (let step = 0; step < 6; step++) {
    optimizer.setActive(1, step < 3);
    const gradients = SHAPES.map((shape) => tf.ones([2, ...shape]));
    optimizer.apply(gradients);
    tf.dispose(gradients);
    counts.push(tf.memory().numTensors);
  }
  expect(new Set(counts.slice(1)).size).toBe(1);
  optimizer.dispose();
  tf.dispose(variables);
});
