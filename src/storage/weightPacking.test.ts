import { describe, expect, it } from 'vitest';
import { defaultModelWeights } from './checkpointTestKit';
import { packWeights, unpackWeights } from './weightPacking';

describe('weight packing', () => {
  it('packs weights back to back and unpacks them to the same names, shapes and values', () => {
    const weights = defaultModelWeights();
    const { specs, data } = packWeights(weights);
    expect(data.byteLength).toBe((2 * 16 + 16 + 16 * 16 + 16 + 16 + 1) * 4);
    expect(specs[0]).toEqual({ name: 'dense_Dense1/kernel', shape: [2, 16], dtype: 'float32' });
    expect(unpackWeights(specs, data)).toEqual(weights.map((weight) => ({ ...weight, shape: [...weight.shape] })));
  });

  it('copies from views that start inside a larger buffer', () => {
    const backing = new Float32Array([9, 1, 2, 3, 9]);
    const { data } = packWeights([{ name: 'w', shape: [3], data: backing.subarray(1, 4) }]);
    expect(Array.from(new Float32Array(data))).toEqual([1, 2, 3]);
  });

  it('treats a scalar weight as one value', () => {
    const { specs, data } = packWeights([{ name: 'scale', shape: [], data: new Float32Array([2]) }]);
    expect(unpackWeights(specs, data)[0]?.data[0]).toBe(2);
  });

  it('refuses values that do not fill their shape, and bytes that do not match the specs', () => {
    expect(() => packWeights([{ name: 'w', shape: [2, 2], data: new Float32Array(3) }])).toThrow('weight w has 3 values, but shape [2, 2] needs 4');
    expect(() => unpackWeights([{ name: 'w', shape: [2], dtype: 'float32' }], new ArrayBuffer(4))).toThrow('the weight specs need 8 bytes, but 4 are stored');
  });
});
