/**
 * The optimizer a run trains with: Plateau's own, following Keras 3
 * (`optimizers/kerasOptimizer.ts`), built over the model's variables. A solo
 * run is one variant without the variant axis; the `optimizer-steps` CLI
 * runs the same class.
 */
import type * as tf from '@tensorflow/tfjs';
import { kerasOptimizerParams, type OptimizerConfig } from '../config/modelConfig';
import { KerasOptimizer } from './optimizers/kerasOptimizer';

/** `names` are the weights' paths (`dense_1/kernel`), stable from model to model, which name the optimizer's state. */
export function createOptimizer(config: OptimizerConfig, variables: readonly tf.Variable[], names: readonly string[]): KerasOptimizer {
  return new KerasOptimizer({ kind: config.kind, variants: [kerasOptimizerParams(config)], variables, names, variantAxis: false });
}
