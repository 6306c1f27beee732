/**
 * Shuffles a dataset once with the run's seed, holds out its last
 * `testSplit` as the test set, then the last `validationSplit` of the rest,
 * as Keras's `validation_split` takes the last samples (shuffled first here,
 * because generated sets come ordered by class). The three parts never share
 * a row. Features can be standardised with the training part's statistics.
 */
import { splitRows } from '../../config/splitRows';
import { applyStats, columnStats } from '../../data/standardise';
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
  /** The held-out test set, evaluated once when training ends. */
  test: Samples | null;
}

export interface SplitShares {
  validationSplit: number;
  testSplit: number;
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

export function splitDataset(dataset: Dataset, shares: SplitShares, seed: number, scaleFeatures: boolean): SplitDataset {
  const order = permutation(dataset.rows, mulberry32(seed));
  const rows = splitRows(dataset.rows, shares.validationSplit, shares.testSplit);
  const validationEnd = rows.train + rows.validation;
  const train = take(dataset, order, 0, rows.train);
  const validation = rows.validation > 0 ? take(dataset, order, rows.train, validationEnd) : null;
  const test = rows.test > 0 ? take(dataset, order, validationEnd, dataset.rows) : null;
  const width = dataset.featureNames.length;
  const held = [validation, test].filter((part): part is Samples => part !== null);
  if (scaleFeatures) {
    const stats = columnStats(train.x, train.rows, width);
    for (const part of [...held, train]) applyStats(part.x, width, stats);
  }
  return { dataset, features: width, outputs: outputCount(dataset), train, validation, test };
}
