/**
 * Keras's `get_weights()` / `set_weights()` values for custom callbacks:
 * nested arrays of numbers shaped as the weights, checked as Keras's
 * `Layer.set_weights` checks them (`keras/src/layers/layer.py`): the count
 * first, then each shape, with Keras's ValueError messages. Pure: the host
 * reads and writes the values.
 */
import { KerasError } from './errors';
import type { WeightArray } from './types';

/** A shape as Python prints a tuple: `(2, 32)`, `(32,)`, `()`. */
export function pyShape(shape: readonly number[]): string {
  return shape.length === 1 ? `(${shape[0]},)` : `(${shape.join(', ')})`;
}

/** Flat row-major values as nested arrays of `shape` (a number for a scalar). */
export function nestedArray(data: ArrayLike<number>, shape: readonly number[]): WeightArray {
  let offset = 0;
  const build = (depth: number): WeightArray => {
    if (depth === shape.length) return data[offset++] as number;
    return Array.from({ length: shape[depth] as number }, () => build(depth + 1));
  };
  return build(0);
}

/** The shape of a nested array, as NumPy's `np.asarray` would find it; null when ragged or not numbers. */
export function shapeOf(value: unknown): number[] | null {
  if (typeof value === 'number') return [];
  if (ArrayBuffer.isView(value) && !(value instanceof DataView)) return [(value as unknown as ArrayLike<number>).length];
  if (!Array.isArray(value)) return null;
  const inner = value.map((item) => shapeOf(item));
  const first = inner[0];
  if (first === undefined) return [0];
  if (inner.some((shape) => shape === null || shape.join(',') !== first?.join(','))) return null;
  return first === null ? null : [value.length, ...first];
}

function flatten(value: unknown, into: number[]): void {
  if (typeof value === 'number') into.push(value);
  else for (const item of Array.from(value as ArrayLike<unknown>)) flatten(item, into);
}

/**
 * Checks `weights` against the model's weight shapes and returns each as flat
 * float32 values; throws Keras's ValueError (naming `modelName`) otherwise.
 */
export function checkedWeights(weights: unknown, shapes: readonly (readonly number[])[], modelName: string): Float32Array[] {
  if (!Array.isArray(weights)) {
    throw new KerasError('TypeError', `set_weights expects a list of arrays, one per weight. Received: ${typeof weights}`);
  }
  if (weights.length !== shapes.length) {
    throw new KerasError(
      'ValueError',
      `You called \`set_weights(weights)\` on layer '${modelName}' with a weight list of length ${weights.length}, but the layer was expecting ${shapes.length} weights.`,
    );
  }
  return weights.map((value, index) => {
    const expected = shapes[index] as readonly number[];
    const shape = shapeOf(value);
    if (shape === null) {
      throw new KerasError('ValueError', `setting an array element with a sequence. The weight at index ${index} is not an array of numbers of one shape.`);
    }
    if (shape.join(',') !== expected.join(',')) {
      throw new KerasError('ValueError', `Layer ${modelName} weight shape ${pyShape(expected)} is not compatible with provided weight shape ${pyShape(shape)}.`);
    }
    const flat: number[] = [];
    flatten(value, flat);
    return Float32Array.from(flat);
  });
}
