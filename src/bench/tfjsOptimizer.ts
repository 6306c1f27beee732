/**
 * tfjs's own optimizer for a config, for the bench's baselines: bare
 * `model.fit` and tfjs-vis are measured as a tfjs user would write them,
 * with `tf.train.*` (Plateau itself trains with its Keras optimizers).
 */
import * as tf from '@tensorflow/tfjs';
import type { OptimizerConfig } from '../config/modelConfig';

export function tfjsOptimizer(config: OptimizerConfig): tf.Optimizer {
  const rate = config.learningRate;
  switch (config.kind) {
    case 'sgd':
      return config.momentum > 0 ? tf.train.momentum(rate, config.momentum) : tf.train.sgd(rate);
    case 'rmsprop':
      return tf.train.rmsprop(rate, config.rho ?? 0.9, config.momentum, config.epsilon ?? 1e-7, config.centered ?? false);
    case 'adagrad':
      return tf.train.adagrad(rate, config.initialAccumulatorValue ?? 0.1);
    case 'adamax':
      return tf.train.adamax(rate, config.beta1 ?? 0.9, config.beta2 ?? 0.999, config.epsilon ?? 1e-7);
    default:
      return tf.train.adam(rate, config.beta1 ?? 0.9, config.beta2 ?? 0.999, config.epsilon ?? 1e-7);
  }
}
