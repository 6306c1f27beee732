/**
 * The shape of the data after each layer of a layer list, as Keras would
 * compute it, and the layers that do not fit, with the reason at the field:
 * image layers on a table, a kernel or pool larger than its input, a Dense
 * layer on images before Flatten, images left unflattened at the output.
 * Shapes leave out the batch axis; a table's width is `null` when only the
 * data knows it (a CSV).
 */
import type { DatasetConfig } from './datasetConfig';
import type { LayerSpec } from './layerSchemas';

export type DataShape = { kind: 'image'; height: number; width: number; channels: number } | { kind: 'flat'; width: number | null };

export interface LayerProblem {
  index: number;
  /** The parameter at fault, or null for the layer as a whole. */
  field: string | null;
  message: string;
}

export function inputShapeOf(dataset: DatasetConfig): DataShape {
  if (dataset.kind === 'mnist') return { kind: 'image', height: 28, width: 28, channels: 1 };
  if (dataset.kind === 'iris') return { kind: 'flat', width: 4 };
  if (dataset.kind === 'wages') return { kind: 'flat', width: 6 };
  if (dataset.kind === 'csv') return { kind: 'flat', width: null };
  return { kind: 'flat', width: dataset.kind === 'sine' ? 1 : 2 };
}

export function describeShape(shape: DataShape): string {
  return shape.kind === 'image' ? `(${shape.height}, ${shape.width}, ${shape.channels})` : `(${shape.width ?? 'features'},)`;
}

function windowOut(size: number, window: number, stride: number, padding: 'valid' | 'same'): number {
  return padding === 'same' ? Math.ceil(size / stride) : Math.floor((size - window) / stride) + 1;
}

type Step = { shape: DataShape } | { problem: Omit<LayerProblem, 'index'> };

function step(shape: DataShape, layer: LayerSpec): Step {
  switch (layer.type) {
    case 'Conv2D':
    case 'MaxPooling2D': {
      if (shape.kind !== 'image') return { problem: { field: null, message: `${layer.type} needs images (height, width, channels), but its input is a table row of shape ${describeShape(shape)}` } };
      const window = layer.type === 'Conv2D' ? layer.kernelSize : layer.poolSize;
      const stride = layer.type === 'Conv2D' ? layer.strides : layer.poolSize;
      const padding = layer.type === 'Conv2D' ? layer.padding : 'valid';
      const field = layer.type === 'Conv2D' ? 'kernelSize' : 'poolSize';
      if (padding === 'valid' && (window > shape.height || window > shape.width)) {
        return { problem: { field, message: `${window}×${window} is larger than its ${shape.height}×${shape.width} input` } };
      }
      const channels = layer.type === 'Conv2D' ? layer.filters : shape.channels;
      return { shape: { kind: 'image', height: windowOut(shape.height, window, stride, padding), width: windowOut(shape.width, window, stride, padding), channels } };
    }
    case 'Flatten':
      return { shape: shape.kind === 'image' ? { kind: 'flat', width: shape.height * shape.width * shape.channels } : shape };
    case 'Dense':
      if (shape.kind === 'image') return { problem: { field: null, message: `Dense on images of shape ${describeShape(shape)}: add Flatten before it` } };
      return { shape: { kind: 'flat', width: layer.units } };
    case 'Dropout':
      return { shape };
  }
}

/** Every layer's output shape (until the first that does not fit) and the problems found. */
export function layerShapes(input: DataShape, layers: readonly LayerSpec[]): { shapes: DataShape[]; problems: LayerProblem[] } {
  const shapes: DataShape[] = [];
  let shape = input;
  for (const [index, layer] of layers.entries()) {
    const next = step(shape, layer);
    if ('problem' in next) return { shapes, problems: [{ index, ...next.problem }] };
    shape = next.shape;
    shapes.push(shape);
  }
  if (shape.kind === 'image') {
    return { shapes, problems: [{ index: Math.max(0, layers.length - 1), field: null, message: `the output layer needs a flat input, but the last layer leaves images of shape ${describeShape(shape)}: end with Flatten` }] };
  }
  return { shapes, problems: [] };
}
