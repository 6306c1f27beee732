/**
 * Restoring a stored checkpoint: its weights go into a model built from its
 * own config (so a weights-only checkpoint restores too), which is then
 * evaluated on that config's data, split and scaled as the run had them.
 */
import * as tf from '@tensorflow/tfjs';
import type { LoadedCheckpoint, NamedWeights } from '../storage';
import type { RestoredCheckpoint } from './checkpointProtocol';
import { evaluateSamples } from './evaluation';
import { readyDataset } from './datasets/readyDataset';
import { prepareRun, type PreparedRun } from './prepareRun';

/** Throws when the weights do not fit the model, weight by weight, in order. */
export function loadWeightsInto(model: tf.LayersModel, weights: readonly NamedWeights[]): void {
  const targets = model.weights;
  if (targets.length !== weights.length) {
    throw new Error(`the checkpoint holds ${weights.length} weights, but the model built from its config has ${targets.length}`);
  }
  targets.forEach((target, index) => {
    const shape = weights[index]?.shape ?? [];
    if (shape.join('x') !== target.shape.join('x')) {
      throw new Error(`weight ${target.originalName} has shape [${target.shape.join(', ')}], the checkpoint's has [${shape.join(', ')}]`);
    }
  });
  tf.tidy(() => model.setWeights(weights.map((weight) => tf.tensor(weight.data, [...weight.shape], 'float32'))));
}

/** The caller owns `prepared.compiled` and disposes it. */
export async function restoreAndEvaluate(loaded: LoadedCheckpoint): Promise<{ prepared: PreparedRun; checkpoint: RestoredCheckpoint }> {
  await readyDataset(loaded.config.dataset);
  const prepared = prepareRun(loaded.config);
  try {
    loadWeightsInto(prepared.compiled.model, loaded.weights);
    const { data, compiled } = prepared;
    const batchSize = loaded.config.fit.batchSize;
    const evaluated = await evaluateSamples(compiled, data.train, data.features, data.outputs, batchSize);
    if (data.validation) {
      const validation = await evaluateSamples(compiled, data.validation, data.features, data.outputs, batchSize);
      for (const [key, value] of Object.entries(validation)) evaluated[`val_${key}`] = value;
    }
    return {
      prepared,
      checkpoint: { id: loaded.id, epoch: loaded.epoch, monitor: loaded.monitor, storedValue: loaded.value, evaluated },
    };
  } catch (error) {
    prepared.compiled.dispose();
    throw error;
  }
}
