/**
 * The loss of a model as built, before its first step (the run's
 * `trainBegin`): on the training rows and the validation rows, in one read.
 * A run built before the click (prebuiltRun.ts) works it out then, so the
 * click goes straight to the first batch (`firstEpochMs`): an untrained
 * model gives the very value the run would read at its start.
 */
import * as tf from '@tensorflow/tfjs';
import type { SplitDataset } from './datasets/split';
import { evaluationSums } from './evaluation';
import type { CompiledModel } from './model';
import type { InitialLoss } from './protocol';

export interface EvaluationRows {
  x: tf.Tensor2D;
  y: tf.Tensor2D;
  rows: number;
}

export async function measureInitialLoss(compiled: CompiledModel, train: EvaluationRows, validation: EvaluationRows | null, batchSize: number): Promise<InitialLoss> {
  const sums = [train, ...(validation ? [validation] : [])].map((set) => evaluationSums(compiled, set.x, set.y, set.rows, batchSize));
  const packed = tf.concat(sums);
  try {
    const values = await packed.data();
    const initial: InitialLoss = { loss: (values[0] as number) / train.rows };
    if (validation) initial.val_loss = (values[2] as number) / validation.rows;
    return initial;
  } finally {
    tf.dispose([packed, ...sums]);
  }
}

/** The same, from the split data, as the trainer lays it out in tensors. */
export async function initialLossOf(compiled: CompiledModel, data: SplitDataset, batchSize: number): Promise<InitialLoss> {
  const rows = (samples: NonNullable<SplitDataset['validation']>): EvaluationRows => ({
    x: tf.tensor2d(samples.x, [samples.rows, data.features]),
    y: tf.tensor2d(samples.y, [samples.rows, data.outputs]),
    rows: samples.rows,
  });
  const train = rows(data.train);
  const validation = data.validation ? rows(data.validation) : null;
  try {
    return await measureInitialLoss(compiled, train, validation, batchSize);
  } finally {
    tf.dispose([train.x, train.y, ...(validation ? [validation.x, validation.y] : [])]);
  }
}
