import { describe, expect, it } from 'vitest';
import { classWeightsToSampleWeights } from './classWeights';

describe('class_weight to sample weights (data_adapter_utils.class_weight_to_sample_weights)', () => {
  it.each<[string, number[], number, Record<string, number>, number[]]>([
    ['binary labels', [0, 1, 1, 0], 1, { '0': 0.5, '1': 2 }, [0.5, 2, 2, 0.5]],
    ['one-hot rows by argmax', [1, 0, 0, 0, 0, 1, 0, 1, 0], 3, { '2': 4 }, [1, 4, 1]],
    ['a class the dict leaves out weighs 1.0', [0, 1], 1, { '1': 3 }, [1, 3]],
    ['single-column values rounded half to even', [0.5, 1.5, 2.4], 1, { '0': 7, '2': 9 }, [7, 9, 9]],
  ])('%s', (_name, y, outputs, classWeight, expected) => {
    expect(Array.from(classWeightsToSampleWeights(Float32Array.from(y), y.length / outputs, outputs, classWeight))).toEqual(expected);
  });
});
