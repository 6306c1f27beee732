/** The evaluation's tasks (DESIGN.md §8): each a dataset with the default MLP and a fixed epoch budget. */
import type { RunConfigInput } from '../../src/config/presets';

export interface EvaluationTask {
  name: string;
  /** The memory's task kind: what the coach remembers per. */
  kind: 'binary' | 'multiclass' | 'regression';
  dataset: RunConfigInput['dataset'];
  epochs: number;
}

export const TASKS: readonly EvaluationTask[] = [
  { name: 'spiral', kind: 'binary', dataset: { kind: 'spiral', size: 500, noise: 0.1 }, epochs: 60 },
  { name: 'circles', kind: 'binary', dataset: { kind: 'circles', size: 500, noise: 0.1 }, epochs: 30 },
  { name: 'xor', kind: 'binary', dataset: { kind: 'xor', size: 500, noise: 0.1 }, epochs: 30 },
  { name: 'gaussian', kind: 'binary', dataset: { kind: 'gaussian', size: 500, noise: 0.1 }, epochs: 20 },
  { name: 'iris', kind: 'multiclass', dataset: { kind: 'iris' }, epochs: 60 },
  { name: 'sine', kind: 'regression', dataset: { kind: 'sine', size: 400, noise: 0.1 }, epochs: 60 },
  { name: 'wages', kind: 'regression', dataset: { kind: 'wages' }, epochs: 40 },
];

/** The constant-rate grid: seven rates spaced evenly in log from 1e-4 to 1. */
export const RATE_GRID: readonly number[] = Array.from({ length: 7 }, (_unused, index) => Number((10 ** (-4 + (4 * index) / 6)).toPrecision(3)));

/** Adam's default in the page, which `default` trains with and the callbacks start from. */
export const DEFAULT_RATE = 0.01;
