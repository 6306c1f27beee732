/**
 * An optimizer's state (its iteration count and slot variables: Adam's
 * moments, RMSprop's mean squares, Adagrad's accumulators, momentum's
 * velocities), copied and put back, so that a run resumed from a checkpoint
 * steps exactly as the uninterrupted run would have. Keras 3 keeps this state
 * in both `.keras` and `.weights.h5` files.
 *
 * tfjs's `getWeights()` is async and returns the live variables, which the
 * next batch may change before the promise settles; a save must copy them at
 * once, so the slots are read here from the fields `getWeights()` reads, in
 * its order, and put back with tfjs's own `setWeights()`.
 */
import * as tf from '@tensorflow/tfjs';
import type { NamedWeights, OptimizerState } from '../storage';

interface SlotVariable {
  originalName: string;
  variable: tf.Variable;
}

/** The fields holding each optimizer's slot variables, in tfjs's `getWeights()` order. */
const SLOT_FIELDS: Readonly<Record<string, readonly string[]>> = {
  SGD: [],
  Momentum: ['accumulations'],
  Adam: ['accumulatedFirstMoment', 'accumulatedSecondMoment'],
  RMSProp: ['accumulatedMeanSquares', 'accumulatedMoments', 'accumulatedMeanGrads'],
  Adagrad: ['accumulatedGrads'],
};

export interface OptimizerCopy {
  iterations: number;
  slots: { name: string; tensor: tf.Tensor }[];
}

function slotFields(optimizer: tf.Optimizer): readonly string[] {
  const fields = SLOT_FIELDS[optimizer.getClassName()];
  if (!fields) throw new Error(`Plateau cannot save the state of the ${optimizer.getClassName()} optimizer`);
  return fields;
}

/** Clones the optimizer's state now; the caller disposes `slots`. */
export function copyOptimizerState(optimizer: tf.Optimizer): OptimizerCopy {
  const holder = optimizer as unknown as Record<string, SlotVariable[] | undefined>;
  const slots = slotFields(optimizer).flatMap((field) => (holder[field] ?? []).filter((slot) => slot !== undefined));
  return { iterations: optimizer.iterations, slots: slots.map((slot) => ({ name: slot.originalName, tensor: slot.variable.clone() })) };
}

/** Reads a copy back as plain arrays in one read (all slots concatenated), and disposes it. */
export async function readOptimizerCopy(copy: OptimizerCopy): Promise<OptimizerState> {
  if (copy.slots.length === 0) return { iterations: copy.iterations, weights: [] };
  const flat = tf.tidy(() => tf.concat(copy.slots.map((slot) => slot.tensor.flatten())));
  try {
    const data = await flat.data<'float32'>();
    let offset = 0;
    const weights = copy.slots.map((slot) => {
      const values = data.slice(offset, offset + slot.tensor.size);
      offset += slot.tensor.size;
      return { name: slot.name, shape: slot.tensor.shape, data: values };
    });
    return { iterations: copy.iterations, weights };
  } finally {
    flat.dispose();
    tf.dispose(copy.slots.map((slot) => slot.tensor));
  }
}

/** Puts a stored state into a fresh optimizer of the same kind, for the same variables. */
export async function restoreOptimizerState(optimizer: tf.Optimizer, state: OptimizerState): Promise<void> {
  slotFields(optimizer);
  const values: { name: string; tensor: tf.Tensor }[] = [
    { name: 'iter', tensor: tf.scalar(state.iterations, 'int32') },
    ...state.weights.map((weight: NamedWeights) => ({ name: weight.name, tensor: tf.tensor(weight.data, [...weight.shape], 'float32') })),
  ];
  try {
    await optimizer.setWeights(values);
  } finally {
    tf.dispose(values.map((value) => value.tensor));
  }
}
