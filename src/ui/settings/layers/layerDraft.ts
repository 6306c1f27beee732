/**
 * Editing a Keras layer list, pure: a new layer of each type with Keras's
 * defaults (and a useful size), the MLP turned into the same layers, and
 * moving, removing and changing one layer. The list may be invalid while
 * the learner edits; the schema says where.
 */
import type { LayerSpec, LayerType } from '../../../config/layerSchemas';
import type { ModelConfig } from '../../../config/modelConfig';

export function newLayer(type: LayerType): LayerSpec {
  switch (type) {
    case 'Conv2D':
      return { type, filters: 16, kernelSize: 3, strides: 1, padding: 'valid', activation: 'relu' };
    case 'MaxPooling2D':
      return { type, poolSize: 2 };
    case 'Flatten':
      return { type };
    case 'Dense':
      return { type, units: 32, activation: 'relu' };
    case 'Dropout':
      return { type, rate: 0.25 };
  }
}

/** The MLP's hidden layers as a layer list: Flatten first for images, then Dense (and Dropout) per hidden layer. */
export function mlpAsLayers(model: ModelConfig, images: boolean): LayerSpec[] {
  const dense = model.hiddenLayers.flatMap((layer): LayerSpec[] => [
    { type: 'Dense', units: layer.units, activation: layer.activation },
    ...(layer.dropout > 0 ? [{ type: 'Dropout' as const, rate: layer.dropout }] : []),
  ]);
  const layers: LayerSpec[] = [...(images ? [newLayer('Flatten')] : []), ...dense];
  return layers.length > 0 ? layers : [newLayer('Dense')];
}

export function replaceLayer(layers: readonly LayerSpec[], index: number, layer: LayerSpec): LayerSpec[] {
  return layers.map((current, at) => (at === index ? layer : current));
}

export function removeLayer(layers: readonly LayerSpec[], index: number): LayerSpec[] {
  return layers.filter((_, at) => at !== index);
}

export function moveLayer(layers: readonly LayerSpec[], index: number, by: -1 | 1): LayerSpec[] {
  const to = index + by;
  if (to < 0 || to >= layers.length) return [...layers];
  const next = [...layers];
  [next[index], next[to]] = [next[to] as LayerSpec, next[index] as LayerSpec];
  return next;
}

/** Sets one parameter of a layer, keeping its type. */
export function withParam(layer: LayerSpec, name: string, value: unknown): LayerSpec {
  return { ...layer, [name]: value };
}
