import * as tf from '@tensorflow/tfjs';
import { beforeAll, expect, test } from 'vitest';
import { createOptimizer, optimizerLearningRate, setOptimizerLearningRate } from './optimizers';
import { useCpuBackend } from './trainerTestKit';

beforeAll(useCpuBackend);

/** The first two updates an optimizer makes to w, minimising (w - 3)², from w = 1. */
function twoSteps(optimizer: tf.Optimizer, rateAfterFirstStep?: number): number[] {
  const w = tf.variable(tf.scalar(1));
  const values: number[] = [];
  for (let step = 0; step < 2; step++) {
    if (step === 1 && rateAfterFirstStep !== undefined) setOptimizerLearningRate(optimizer, rateAfterFirstStep);
    optimizer.minimize(() => tf.square(tf.sub(w, 3)), false, [w]);
    values.push(w.dataSync()[0] as number);
  }
  w.dispose();
  optimizer.dispose();
  return values;
}

const CASES = [
  { kind: 'sgd', momentum: 0 },
  { kind: 'sgd', momentum: 0.9 },
  { kind: 'adam', momentum: 0 },
  { kind: 'rmsprop', momentum: 0 },
  { kind: 'adagrad', momentum: 0 },
] as const;

test.each(CASES)('a rate set between steps reaches the next step: $kind (momentum $momentum)', ({ kind, momentum }) => {
  const changed = twoSteps(createOptimizer({ kind, momentum, learningRate: 0.1, schedule: null }), 0.001);
  const unchanged = twoSteps(createOptimizer({ kind, momentum, learningRate: 0.1, schedule: null }));
  expect(changed[0]).toBe(unchanged[0]);
  // The second step moves w far less at the lower rate.
  const movedChanged = Math.abs((changed[1] as number) - (changed[0] as number));
  const movedUnchanged = Math.abs((unchanged[1] as number) - (unchanged[0] as number));
  expect(movedChanged).toBeLessThan(movedUnchanged / 10);
});

test.each(CASES)('the rate reads back as set: $kind', ({ kind, momentum }) => {
  const optimizer = createOptimizer({ kind, momentum, learningRate: 0.1, schedule: null });
  setOptimizerLearningRate(optimizer, Math.fround(0.0123));
  expect(optimizerLearningRate(optimizer)).toBe(Math.fround(0.0123));
  optimizer.dispose();
});
