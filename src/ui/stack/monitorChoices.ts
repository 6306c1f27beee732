/**
 * The metrics a run really logs, for the `monitor` choices: the loss, the
 * metric Keras compiles for the task (accuracy for classes, mae for a
 * regression), their `val_` twins when part of the data is held out, and
 * the learning rate that ReduceLROnPlateau and LearningRateScheduler add.
 */
import type { DatasetConfig } from '../../config/datasetConfig';

export type TaskKind = 'classification' | 'regression' | 'unknown';

export function taskOf(dataset: DatasetConfig): TaskKind {
  switch (dataset.kind) {
    case 'sine':
    case 'wages':
      return 'regression';
    case 'csv':
      return dataset.task === 'auto' ? 'unknown' : dataset.task;
    default:
      return 'classification';
  }
}

export function monitorChoices(dataset: DatasetConfig, validationSplit: number): string[] {
  const task = taskOf(dataset);
  const metrics = task === 'classification' ? ['accuracy'] : task === 'regression' ? ['mae'] : ['accuracy', 'mae'];
  const train = ['loss', ...metrics];
  const validation = validationSplit > 0 ? train.map((name) => `val_${name}`) : [];
  // val_ first: a callback that watches held-out data is what Keras's defaults assume.
  return [...validation, ...train];
}
