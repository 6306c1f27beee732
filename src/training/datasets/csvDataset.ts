/**
 * A CSV table as a dataset: read (src/data/csv/readCsv.ts), planned from the
 * learner's choice of target, features and task (csvPlan.ts: classes or
 * regression, text features one-hot, rows with missing values dropped) and
 * encoded. Standardising happens at the split, with the training rows' statistics.
 */
import { planCsv, type CsvChoice } from '../../data/csv/csvPlan';
import { encodeCsv } from '../../data/csv/encodeCsv';
import { readCsv } from '../../data/csv/readCsv';
import { fromRows, type Dataset } from './dataset';

export interface CsvOptions extends CsvChoice {
  name: string;
}

export function parseCsvDataset(text: string, options: CsvOptions): Dataset {
  const table = readCsv(text);
  const plan = planCsv(table, options);
  const { features, targets } = encodeCsv(table, plan);
  return fromRows({ name: options.name, task: plan.task, featureNames: plan.inputNames, targetName: plan.target, classes: plan.classes }, features, targets);
}
