/** Everything a run needs before its first batch: the seeded data, split, and the model built for it. */
import type { RunConfig } from '../config/runConfig';
import { loadDataset, splitDataset, type SplitDataset } from './datasets';
import { subSeed } from './datasets/prng';
import { buildModel, type CompiledModel } from './model';
import type { InitialLoss } from './protocol';
import { SEED_PURPOSE } from './seeds';

export interface PreparedRun {
  data: SplitDataset;
  compiled: CompiledModel;
  /** A run built before the click reads its initial loss then (initialLoss.ts); others read it as they start. */
  initialLoss?: Promise<InitialLoss>;
}

/** Throws a DatasetError when the data cannot be used. */
export function prepareRun(config: RunConfig): PreparedRun {
  const seed = config.fit.seed;
  const dataSeed = config.fit.splitSeed ?? seed;
  const { dataset, scaleFeatures } = loadDataset(config.dataset, subSeed(dataSeed, SEED_PURPOSE.data));
  const data = splitDataset(dataset, config.fit, subSeed(dataSeed, SEED_PURPOSE.split), scaleFeatures);
  const compiled = buildModel(config.model, config.optimizer, { features: data.features, outputs: data.outputs, task: dataset.task, image: dataset.image ?? null }, seed);
  return { data, compiled };
}
