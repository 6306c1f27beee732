/**
 * What a checkpoint holds of a training run, as one flat tensor: every model
 * weight, then every slot variable of the optimizer. Concatenating copies
 * them on the device at once (the next batch may change the originals) and
 * lets a save read all of it back in one read, or in none: the trainer
 * concatenates it into the read it makes at the end of an epoch anyway.
 */
import * as tf from '@tensorflow/tfjs';
import type { OptimizerState } from '../storage';
import type { WeightValues } from './checkpointSink';
import type { CompiledModel } from './model';
import { optimizerSlots, scalarStateWeight } from './optimizerState';

export interface TrainingStateValues {
  weights: WeightValues[];
  optimizer: OptimizerState;
}

export interface FlatTrainingState {
  flat: tf.Tensor1D;
  /** The flat values back as named arrays, with the optimizer's iteration count when `flat` was made. */
  split: (values: Float32Array) => TrainingStateValues;
}

interface Part {
  name: string;
  shape: number[];
  size: number;
}

function partsOf(values: readonly { name: string; shape: number[] }[]): Part[] {
  return values.map(({ name, shape }) => ({ name, shape, size: shape.reduce((product, dimension) => product * dimension, 1) }));
}

function cut(values: Float32Array, parts: readonly Part[], from: number): { arrays: WeightValues[]; end: number } {
  let offset = from;
  const arrays = parts.map(({ name, shape, size }) => {
    const data = values.slice(offset, offset + size);
    offset += size;
    return { name, shape, data };
  });
  return { arrays, end: offset };
}

export function flatTrainingState(compiled: CompiledModel): FlatTrainingState {
  const weights = compiled.model.weights;
  const slots = optimizerSlots(compiled.optimizer);
  const iterations = compiled.optimizer.calls();
  const scalars = scalarStateWeight(compiled.optimizer);
  const weightParts = partsOf(
    weights.map((weight, index) => ({ name: weight.originalName ?? `weight_${index}`, shape: weight.shape.map((dimension) => dimension ?? 1) })),
  );
  const slotParts = partsOf(slots.map((slot) => ({ name: slot.originalName, shape: slot.variable.shape })));
  const tensors: tf.Tensor[] = [...weights.map((weight) => weight.read()), ...slots.map((slot) => slot.variable)];
  const flat = tf.tidy((): tf.Tensor1D => (tensors.length === 0 ? tf.zeros([0]) : tf.concat(tensors.map((tensor) => tf.reshape<tf.Rank.R1>(tensor, [-1])))));
  return {
    flat,
    split: (values) => {
      const model = cut(values, weightParts, 0);
      const optimizer = cut(values, slotParts, model.end);
      return { weights: model.arrays, optimizer: { iterations, weights: [...optimizer.arrays, scalars] } };
    },
  };
}
