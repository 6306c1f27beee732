/**
 * An optimizer's state (its iteration count and slot variables: Adam's
 * moments, RMSprop's mean squares, Adagrad's accumulators, momentum's
 * velocities), found for a checkpoint and put back, so that a run resumed
 * from a checkpoint steps exactly as the uninterrupted run would have. Keras 3
 * keeps this state in both `.keras` and `.weights.h5` files.
 *
 * tfjs's `getWeights()` is async and returns the live variables, which the
 * next batch may change before the promise settles; a save must copy them at
 * once (`trainingState.ts`), so the slots are found here in the fields
 * `getWeights()` reads, in its order, and put back with tfjs's own `setWeights()`.
 */
import * as tf from '@tensorflow/tfjs';
import type { NamedWeights, OptimizerState } from '../storage';

export interface SlotVariable {
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

function slotFields(optimizer: tf.Optimizer): readonly string[] {
  const fields = SLOT_FIELDS[optimizer.getClassName()];
  if (!fields) throw new Error(`Plateau cannot save the state of the ${optimizer.getClassName()} optimizer`);
  return fields;
}

/** The optimizer's live slot variables, in tfjs's `getWeights()` order (none before its first step). */
export function optimizerSlots(optimizer: tf.Optimizer): SlotVariable[] {
  const holder = optimizer as unknown as Record<string, (SlotVariable | undefined)[] | undefined>;
  return slotFields(optimizer).flatMap((field) => (holder[field] ?? []).filter((slot): slot is SlotVariable => slot !== undefined));
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
