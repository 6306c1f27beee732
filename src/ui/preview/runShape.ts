/**
 * What a setup implies before it trains, worked out on the page without the
 * data: optimizer steps per epoch (for per-step schedules) and the compiled
 * metric's name (for a typical loss curve), as the worker would have them.
 */
import type { DatasetConfig } from '../../config/datasetConfig';
import type { RunConfig } from '../../config/runConfig';
import { splitRows } from '../../config/splitRows';

const FIXED_ROWS = { iris: 150, wages: 534 } as const;

/** Rows in the dataset; for a CSV, its non-empty lines after the header (rows with gaps may be dropped later). */
export function datasetRows(dataset: DatasetConfig): number {
  switch (dataset.kind) {
    case 'iris':
    case 'wages':
      return FIXED_ROWS[dataset.kind];
    case 'csv':
      return Math.max(0, dataset.text.split(/\r?\n/).filter((line) => line.trim() !== '').length - 1);
    default:
      return dataset.size;
  }
}

/** Batches in one epoch: the training rows (after the test set and the validation share) over the batch size. */
export function stepsPerEpoch(config: Pick<RunConfig, 'dataset' | 'fit'>): number {
  const { train } = splitRows(datasetRows(config.dataset), config.fit.validationSplit, config.fit.testSplit);
  return Math.max(1, Math.ceil(train / config.fit.batchSize));
}

/** The metric the model is compiled with: `mae` for regression, `accuracy` for classes. */
export function compiledMetricName(dataset: DatasetConfig): 'accuracy' | 'mae' {
  if (dataset.kind === 'sine' || dataset.kind === 'wages') return 'mae';
  if (dataset.kind === 'csv' && dataset.task === 'regression') return 'mae';
  return 'accuracy';
}
