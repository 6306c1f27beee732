/** The datasets the settings offer, with what each teaches, and a fresh config for each. */
import type { DatasetConfig } from '../../config/datasetConfig';

export type OfferedDatasetKind = Exclude<DatasetConfig['kind'], 'csv'>;
/** What the Dataset menu holds: the built-in datasets, and the learner's own file. */
export type DatasetMenuValue = DatasetConfig['kind'];

export const DATASET_CHOICES: readonly { kind: DatasetMenuValue; label: string }[] = [
  { kind: 'spiral', label: 'Two spirals (2-D, classes)' },
  { kind: 'circles', label: 'Circles (2-D, classes)' },
  { kind: 'xor', label: 'XOR (2-D, classes)' },
  { kind: 'gaussian', label: 'Two blobs (2-D, classes)' },
  { kind: 'sine', label: 'Noisy sine (regression)' },
  { kind: 'iris', label: 'Iris flowers (4 features, 3 classes)' },
  { kind: 'wages', label: '1985 wages (regression)' },
  { kind: 'mnist', label: 'MNIST digits (28×28 images, 10 classes)' },
  { kind: 'csv', label: 'Your CSV file…' },
];

export function datasetLabel(dataset: DatasetConfig): string {
  if (dataset.kind === 'csv') return dataset.name;
  const label = DATASET_CHOICES.find((choice) => choice.kind === dataset.kind)?.label ?? dataset.kind;
  return dataset.kind === 'mnist' ? `MNIST digits (${dataset.size.toLocaleString('en')})` : label.replace(/ \(.*\)$/, '');
}

export function datasetFor(kind: OfferedDatasetKind, previous: DatasetConfig): DatasetConfig {
  const noise = 'noise' in previous ? previous.noise : 0.1;
  const size = 'size' in previous && previous.kind !== 'mnist' ? previous.size : undefined;
  switch (kind) {
    case 'iris':
    case 'wages':
      return { kind };
    case 'mnist':
      return { kind, size: 2000 };
    case 'sine':
      return { kind, size: size ?? 400, noise };
    default:
      return { kind, size: size ?? 500, noise };
  }
}
