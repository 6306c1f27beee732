/**
 * Weights travel as one buffer plus a list of specs, the layout of tfjs's
 * `weightsManifest` and `model.weights.bin`: each weight's float32 values in
 * order, back to back. One buffer is one structured-clone copy on save and
 * the exact bytes a download needs.
 */
import type { WeightSpec } from './checkpointRecords';

/** One weight as the trainer reads it from the model (`dense_Dense1/kernel`). */
export interface NamedWeights {
  name: string;
  shape: readonly number[];
  data: Float32Array;
}

export interface PackedWeights {
  specs: WeightSpec[];
  data: ArrayBuffer;
}

const FLOAT32_BYTES = 4;

export function elementCount(shape: readonly number[]): number {
  return shape.reduce((product, size) => product * size, 1);
}

export function packWeights(weights: readonly NamedWeights[]): PackedWeights {
  let total = 0;
  for (const weight of weights) {
    const expected = elementCount(weight.shape);
    if (weight.data.length !== expected) {
      throw new RangeError(`weight ${weight.name} has ${weight.data.length} values, but shape [${weight.shape.join(', ')}] needs ${expected}`);
    }
    total += expected;
  }
  const packed = new Float32Array(total);
  let offset = 0;
  for (const weight of weights) {
    packed.set(weight.data, offset);
    offset += weight.data.length;
  }
  const specs = weights.map(({ name, shape }) => ({ name, shape: [...shape], dtype: 'float32' as const }));
  return { specs, data: packed.buffer };
}

/** Views into `data`, one per spec; throws when the specs and the bytes disagree. */
export function unpackWeights(specs: readonly WeightSpec[], data: ArrayBuffer): NamedWeights[] {
  const needed = specs.reduce((sum, spec) => sum + elementCount(spec.shape), 0) * FLOAT32_BYTES;
  if (needed !== data.byteLength) {
    throw new RangeError(`the weight specs need ${needed} bytes, but ${data.byteLength} are stored`);
  }
  let byteOffset = 0;
  return specs.map((spec) => {
    const length = elementCount(spec.shape);
    const view = new Float32Array(data, byteOffset, length);
    byteOffset += length * FLOAT32_BYTES;
    return { name: spec.name, shape: spec.shape, data: view };
  });
}
