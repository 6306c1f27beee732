/**
 * An optimizer's state (its iteration count and its variables: Adam's
 * moments, RMSprop's velocities, Adagrad's accumulators, SGD's momentum,
 * the EMA weights, the gradient accumulators) for a checkpoint, and put
 * back, so that a run resumed from a checkpoint steps exactly as the
 * uninterrupted run would have. Keras 3 keeps this state in both `.keras`
 * and `.weights.h5` files.
 *
 * The variables keep Keras's names (`dense_1/kernel/momentum`); one more
 * entry, `optimizer/u_product`, holds the scalar Nadam carries, and marks a
 * state saved by Plateau's own optimizers. A state saved before them, by
 * tfjs's optimizers, is read by tfjs's names: the same quantities, except
 * SGD's momentum, which tfjs kept without the learning rate.
 */
import * as tf from '@tensorflow/tfjs';
import type { NamedWeights, OptimizerState } from '../storage';
import type { KerasOptimizer } from './optimizers/kerasOptimizer';

export interface SlotVariable {
  originalName: string;
  variable: tf.Variable;
}

/** The entry holding the optimizer's scalar state; its presence marks a state in Keras's names. */
export const SCALAR_STATE_NAME = 'optimizer/u_product';

/** The optimizer's live state variables, in Keras's order. */
export function optimizerSlots(optimizer: KerasOptimizer): SlotVariable[] {
  return optimizer.namedSlots().map(({ name, variable }) => ({ originalName: name, variable }));
}

/** The optimizer's scalar state as a named weight, read now. */
export function scalarStateWeight(optimizer: KerasOptimizer): NamedWeights {
  return { name: SCALAR_STATE_NAME, shape: [], data: Float32Array.of(optimizer.scalarState().uProduct) };
}

/** tfjs's name for one of our slots, for states saved before Plateau had its own optimizers. */
function tfjsSlotName(kind: KerasOptimizer['kind'], slot: string): string {
  const renamed: Record<string, string> =
    kind === 'adam' ? { momentum: 'm', velocity: 'v' } : kind === 'rmsprop' ? { velocity: 'rms', average_gradient: 'mg' } : {};
  return renamed[slot] ?? slot;
}

/** A tfjs-era state's entries of each slot, in the variables' order (tfjs named them after variables whose names vary). */
function bySlot(weights: readonly NamedWeights[]): Map<string, NamedWeights[]> {
  const slots = new Map<string, NamedWeights[]>();
  for (const weight of weights) {
    const slot = weight.name.slice(weight.name.lastIndexOf('/') + 1);
    slots.set(slot, [...(slots.get(slot) ?? []), weight]);
  }
  return slots;
}

/** Puts a stored state into a fresh optimizer of the same kind, for the same variables. */
export function restoreOptimizerState(optimizer: KerasOptimizer, state: OptimizerState): Promise<void> {
  const named = new Map(state.weights.map((weight) => [weight.name, weight]));
  const scalars = named.get(SCALAR_STATE_NAME);
  const legacy = scalars === undefined ? bySlot(state.weights) : null;
  tf.tidy(() => {
    for (const { name, slot, index, variable } of optimizer.namedSlots()) {
      const weight = legacy ? legacy.get(tfjsSlotName(optimizer.kind, slot))?.[index] : named.get(name);
      if (!weight) continue;
      let value: tf.Tensor = tf.tensor(weight.data, variable.shape, 'float32');
      // tfjs's Momentum accumulated gradients without the rate; Keras's velocity holds -lr times that.
      if (legacy && optimizer.kind === 'sgd') value = tf.mul(value, -optimizer.getLearningRate());
      variable.assign(value);
    }
  });
  optimizer.setScalarState({ calls: state.iterations, uProduct: scalars?.data[0] ?? 1 });
  return Promise.resolve();
}
