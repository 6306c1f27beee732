/**
 * The optimizers a run can use, and the one correct way to change their
 * learning rate (DESIGN.md §6): SGD and Momentum cache a scalar of `-lr`,
 * so only their `setLearningRate` reaches the update; Adam, RMSprop and
 * Adagrad read `learningRate` on every step.
 */
import * as tf from '@tensorflow/tfjs';
import type { OptimizerConfig } from '../config/modelConfig';

/** Keras's defaults, spelled out so that a change of tfjs's defaults cannot move them. */
const RMSPROP_RHO = 0.9;
const ADAGRAD_INITIAL_ACCUMULATOR = 0.1;
const ADAM_BETA_1 = 0.9;
const ADAM_BETA_2 = 0.999;

export function createOptimizer(config: OptimizerConfig): tf.Optimizer {
  const rate = Math.fround(config.learningRate);
  switch (config.kind) {
    case 'sgd':
      return config.momentum > 0 ? tf.train.momentum(rate, config.momentum) : tf.train.sgd(rate);
    case 'adam':
      return tf.train.adam(rate, ADAM_BETA_1, ADAM_BETA_2);
    case 'rmsprop':
      return tf.train.rmsprop(rate, RMSPROP_RHO);
    case 'adagrad':
      return tf.train.adagrad(rate, ADAGRAD_INITIAL_ACCUMULATOR);
  }
}

/** tfjs's class names; `instanceof` cannot tell them apart (Optimizer defines a duck-typed `Symbol.hasInstance`). */
const CACHES_NEGATIVE_RATE = new Set(['SGD', 'Momentum']);
const READS_RATE_EACH_STEP = new Set(['Adam', 'RMSProp', 'Adagrad']);

/** Sets the learning rate that the optimizer's next step uses. */
export function setOptimizerLearningRate(optimizer: tf.Optimizer, rate: number): void {
  const className = optimizer.getClassName();
  if (CACHES_NEGATIVE_RATE.has(className)) {
    (optimizer as tf.SGDOptimizer).setLearningRate(rate);
  } else if (READS_RATE_EACH_STEP.has(className)) {
    // The field is protected in the typings only.
    (optimizer as unknown as { learningRate: number }).learningRate = rate;
  } else {
    throw new Error(`Plateau cannot set the learning rate of ${className}`);
  }
}

/** The learning rate the optimizer's next step uses. */
export function optimizerLearningRate(optimizer: tf.Optimizer): number {
  return (optimizer as unknown as { learningRate: number }).learningRate;
}
