/**
 * What `npm run optimizer-steps` computes (DESIGN.md §3): the given
 * gradients applied step by step by the optimizer the trainer uses, as one
 * stacked variant (K = 1, with the variant axis), so what the Keras parity
 * vectors prove is what trains. Runs on whichever tfjs backend is set; the
 * CLI and the tests use cpu.
 */
import * as tf from '@tensorflow/tfjs';
import type { OptimizerStepsInput } from '../../config/optimizerStepsInput';
import { KerasOptimizer } from './kerasOptimizer';

export interface OptimizerStepsOutput {
  /** `afterEachStep[step][variable]`: the variable's flat values after that step. */
  afterEachStep: number[][][];
  /** Keras's `optimizer.iterations` at the end. */
  iterations: number;
  /** With `useEma`: the moving averages after each step, and the variables after `finalize_variable_values`. */
  emaAfterEachStep?: number[][][];
  finalized?: number[][];
}

const read = (tensors: readonly tf.Tensor[]): number[][] => tensors.map((tensor) => Array.from(tensor.dataSync()));

export function runOptimizerSteps(input: OptimizerStepsInput): OptimizerStepsOutput {
  const variables = input.variables.map(({ shape, values }, index) => tf.variable(tf.tensor(values, [1, ...shape], 'float32'), true, `variable_${index}`));
  const optimizer = new KerasOptimizer({ kind: input.kind, variants: [input.params], variables, variantAxis: true });
  const output: OptimizerStepsOutput = { afterEachStep: [], iterations: 0 };
  if (input.params.useEma) output.emaAfterEachStep = [];
  try {
    for (const step of input.steps) {
      if (step.setLearningRate !== undefined) optimizer.setLearningRate(step.setLearningRate);
      const gradients = step.gradients.map((values, index) => tf.tensor(values, variables[index]?.shape ?? [], 'float32'));
      try {
        optimizer.apply(gradients);
      } finally {
        tf.dispose(gradients);
      }
      output.afterEachStep.push(read(variables));
      if (optimizer.movingAverages) output.emaAfterEachStep?.push(read(optimizer.movingAverages));
    }
    output.iterations = optimizer.iterations();
    if (input.params.useEma) {
      optimizer.finalizeVariableValues();
      output.finalized = read(variables);
    }
    return output;
  } finally {
    optimizer.dispose();
    tf.dispose(variables);
  }
}
