/** The datasets the settings offer, with what each teaches, and a fresh config for each. */
import type { DatasetConfig } from '../../config/datasetConfig';

export type OfferedDatasetKind = Exclude<DatasetConfig['kind'], 'csv'>;

export const DATASET_CHOICES: readonly { kind: OfferedDatasetKind; label: string }[] = [
  { kind: 'spiral', label: 'Two spirals (2-D, classes)' },
  { kind: 'circles', label: 'Circles (2-D, classes)' },
  { kind: 'xor', label: 'XOR (2-D, classes)' },
  { kind: 'gaussian', label: 'Two blobs (2-D, classes)' },
  { kind: 'sine', label: 'Noisy sine (regression)' },
  { kind: 'iris', label: 'Iris flowers (4 features, 3 classes)' },
  { kind: 'wages', label: '1985 wages (regression)' },
];

export function datasetFor(kind: OfferedDatasetKind, previous: DatasetConfig): DatasetConfig {
  const noise = 'noise' in previous ? previous.noise : 0.1;
  switch (kind) {
    case 'iris':
    case 'wages':
      return { kind };
    case 'sine':
      return { kind, size: 'size' in previous ? previous.size : 400, noise };
    default:
      return { kind, size: 'size' in previous ? previous.size : 500, noise };
  }
}
