/** Fetches what a dataset needs before it can be built (the MNIST asset, once per worker); nothing for the others. */
import type { DatasetConfig } from '../../config/datasetConfig';
import { loadDigits, type DigitsLoad } from './mnist';
import { fetchMnistAsset } from './mnistAssetUrl';

export type { DigitsLoad } from './mnist';

export async function readyDataset(config: DatasetConfig): Promise<DigitsLoad | null> {
  return config.kind === 'mnist' ? loadDigits(fetchMnistAsset) : null;
}
