/** Builds the dataset a run's config names, seeded, as plain typed arrays. */
import type { DatasetConfig } from '../../config/datasetConfig';
import { parseCsvDataset } from './csvDataset';
import type { Dataset } from './dataset';
import { irisDataset } from './iris';
import { mnistDataset } from './mnist';
import { noisySine, syntheticClassification } from './synthetic';
import { wagesDataset } from './wages';

export interface LoadedDataset {
  dataset: Dataset;
  /** Whether features should be standardised: real data comes in its own units. */
  scaleFeatures: boolean;
}

export function loadDataset(config: DatasetConfig, seed: number): LoadedDataset {
  switch (config.kind) {
    case 'spiral':
    case 'circles':
    case 'xor':
    case 'gaussian':
      return { dataset: syntheticClassification(config.kind, config.size, config.noise, seed), scaleFeatures: false };
    case 'sine':
      return { dataset: noisySine(config.size, config.noise, seed), scaleFeatures: false };
    case 'iris':
      return { dataset: irisDataset(), scaleFeatures: true };
    case 'wages':
      return { dataset: wagesDataset(), scaleFeatures: true };
    case 'csv':
      return {
        dataset: parseCsvDataset(config.text, { name: config.name, target: config.target, features: config.features, task: config.task }),
        scaleFeatures: true,
      };
    case 'mnist':
      // Pixels are scaled to 0–1, as the Keras tutorials do; not standardised.
      return { dataset: mnistDataset(config.size), scaleFeatures: false };
  }
}

export { DatasetError } from '../../data/datasetError';
export type { Dataset, ImageShape, Task } from './dataset';
export { splitDataset, type SplitDataset } from './split';
