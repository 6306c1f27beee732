/**
 * One Keras layer spec (src/config/layerSchemas.ts) as a tfjs layer, with
 * Keras's defaults and a seeded Glorot-uniform kernel (Keras's default
 * initialiser; zeros for biases). Dropout is a plain layer here: the model's
 * forward pass applies it with a mask seeded per step (model.ts).
 */
import * as tf from '@tensorflow/tfjs';
import type { LayerSpec } from '../config/layerSchemas';

export interface LayerPlace {
  name: string;
  seed: number;
  inputShape?: number[];
}

export function buildLayer(spec: LayerSpec, place: LayerPlace): tf.layers.Layer {
  const base = { name: place.name, ...(place.inputShape ? { inputShape: place.inputShape } : {}) };
  const weights = { kernelInitializer: tf.initializers.glorotUniform({ seed: place.seed }), biasInitializer: 'zeros' as const };
  switch (spec.type) {
    case 'Conv2D':
      return tf.layers.conv2d({ ...base, ...weights, filters: spec.filters, kernelSize: spec.kernelSize, strides: spec.strides, padding: spec.padding, activation: spec.activation });
    case 'MaxPooling2D':
      return tf.layers.maxPooling2d({ ...base, poolSize: spec.poolSize, strides: spec.poolSize, padding: 'valid' });
    case 'Flatten':
      return tf.layers.flatten(base);
    case 'Dense':
      return tf.layers.dense({ ...base, ...weights, units: spec.units, activation: spec.activation });
    case 'Dropout':
      return tf.layers.dropout({ ...base, rate: spec.rate });
  }
}
