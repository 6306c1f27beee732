/**
 * `fit(class_weight=...)` turned into one weight per training row, as
 * Keras's `data_adapter_utils.class_weight_to_sample_weights` does for
 * arrays (Keras 3.16): the class of a one-hot row is its argmax, of a
 * single-column row its value rounded; a class the dict does not name
 * weighs 1.0.
 */
import type { FitConfig } from '../config/modelConfig';

export function classWeightsToSampleWeights(y: Float32Array, rows: number, outputs: number, classWeight: NonNullable<FitConfig['classWeight']>): Float32Array {
  const weights = new Float32Array(rows).fill(1);
  for (let row = 0; row < rows; row++) {
    let label: number;
    if (outputs > 1) {
      label = 0;
      for (let output = 1; output < outputs; output++) {
        if ((y[row * outputs + output] as number) > (y[row * outputs + label] as number)) label = output;
      }
    } else {
      // numpy's round: halves to even.
      const value = y[row] as number;
      const floor = Math.floor(value);
      const diff = value - floor;
      label = diff > 0.5 || (diff === 0.5 && floor % 2 !== 0) ? floor + 1 : floor;
    }
    weights[row] = classWeight[String(label)] ?? 1;
  }
  return weights;
}
