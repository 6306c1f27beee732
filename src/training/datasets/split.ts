/**
 * Shuffles a dataset once with the run's seed and holds out the last
 * `validationSplit` of it, as Keras's `validation_split` takes the last
 * samples (shuffled first here, because generated sets come ordered by
 * class). Features can be standardised with the training part's statistics.
 */
import { outputCount, type Dataset } from './dataset';
import { mulberry32, permutation } from './prng';

export interface Samples {
  rows: number;
  x: Float32Array;
  y: Float32Array;
}

export interface SplitDataset {
  dataset: Dataset;
  features: number;
  outputs: number;
  train: Samples;
  validation: Samples | null;
}

function take(dataset: Dataset, order: Int32Array, from: number, to: number): Samples {
  const width = dataset.featureNames.length;
  const outputs = outputCount(dataset);
  const rows = to - from;
  const x = new Float32Array(rows * width);
  const y = new Float32Array(rows * outputs);
  for (let r = 0; r < rows; r++) {
    const source = order[from + r] as number;
    x.set(dataset.x.subarray(source * width, (source + 1) * width), r * width);
    y.set(dataset.y.subarray(source * outputs, (source + 1) * outputs), r * outputs);
  }
  return { rows, x, y };
}

/** Rescales every feature column of `parts` to the mean and standard deviation of `reference`. */
function standardize(reference: Samples, parts: readonly Samples[], width: number): void {
  for (let column = 0; column < width; column++) {
    let sum = 0;
    for (let r = 0; r < reference.rows; r++) sum += reference.x[r * width + column] as number;
    const mean = sum / reference.rows;
    let squares = 0;
    for (let r = 0; r < reference.rows; r++) squares += ((reference.x[r * width + column] as number) - mean) ** 2;
    const std = Math.sqrt(squares / reference.rows) || 1;
    for (const part of parts) {
      for (let r = 0; r < part.rows; r++) {
        const index = r * width + column;
        part.x[index] = ((part.x[index] as number) - mean) / std;
      }
    }
  }
}

export function splitDataset(dataset: Dataset, validationSplit: number, seed: number, scaleFeatures: boolean): SplitDataset {
  const order = permutation(dataset.rows, mulberry32(seed));
  const validationRows = Math.floor(dataset.rows * validationSplit);
  const trainRows = dataset.rows - validationRows;
  const train = take(dataset, order, 0, trainRows);
  const validation = validationRows > 0 ? take(dataset, order, trainRows, dataset.rows) : null;
  const width = dataset.featureNames.length;
  if (scaleFeatures) standardize(train, validation ? [validation, train] : [train], width);
  return { dataset, features: width, outputs: outputCount(dataset), train, validation };
}
