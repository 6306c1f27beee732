/**
 * Turns a CSV table into a dataset: the user picks the target column; every
 * other column (or the chosen `features`) must be numeric. The task follows
 * from the target: text, or a few whole numbers, make classes; other numbers
 * make a regression.
 */
import { DatasetError, readCsvTable, type CsvTable } from './csvTable';
import { fromRows, type Dataset, type Task } from './dataset';

export const MIN_CSV_ROWS = 10;
/** A numeric target with at most this many distinct whole numbers is read as classes. */
const MAX_INTEGER_CLASSES = 10;

export interface CsvOptions {
  name: string;
  target: string;
  /** Feature columns; all other columns when omitted. */
  features?: readonly string[] | undefined;
  task?: 'auto' | 'classification' | 'regression' | undefined;
}

function parseNumber(cell: string): number | null {
  if (cell === '') return null;
  const value = Number(cell);
  return Number.isFinite(value) ? value : null;
}

function columnIndex(table: CsvTable, name: string, role: string): number {
  const index = table.header.indexOf(name);
  if (index < 0) throw new DatasetError(`${role} column "${name}" is not in the header; the columns are: ${table.header.join(', ')}`);
  return index;
}

function checkHeader(table: CsvTable): void {
  if (table.header.every((cell) => parseNumber(cell) !== null)) {
    throw new DatasetError('the first line must be a header that names the columns, but it holds only numbers');
  }
  const seen = new Set<string>();
  for (const name of table.header) {
    if (name === '') throw new DatasetError('a column in the header has no name');
    if (seen.has(name)) throw new DatasetError(`the header names column "${name}" twice`);
    seen.add(name);
  }
}

function chooseTask(targets: readonly string[], requested: CsvOptions['task']): Exclude<Task, 'binary' | 'multiclass'> | 'classification' {
  const numbers = targets.map(parseNumber);
  const allNumeric = numbers.every((value) => value !== null);
  if (requested === 'regression') {
    const bad = numbers.findIndex((value) => value === null);
    if (bad >= 0) throw new DatasetError(`a regression target must be numeric, but row ${bad + 1} holds "${targets[bad]}"`);
    return 'regression';
  }
  if (requested === 'classification' || !allNumeric) return 'classification';
  const distinct = new Set(numbers);
  const wholeNumbers = [...distinct].every((value) => Number.isInteger(value));
  return wholeNumbers && distinct.size <= MAX_INTEGER_CLASSES ? 'classification' : 'regression';
}

export function datasetFromTable(table: CsvTable, options: CsvOptions): Dataset {
  checkHeader(table);
  if (table.rows.length < MIN_CSV_ROWS) {
    throw new DatasetError(`too few rows: found ${table.rows.length} rows of data, need at least ${MIN_CSV_ROWS}`);
  }
  const targetIndex = columnIndex(table, options.target, 'target');
  const featureNames = options.features ?? table.header.filter((name) => name !== options.target);
  if (featureNames.length === 0) throw new DatasetError('there is no feature column besides the target');
  const featureIndexes = featureNames.map((name) => columnIndex(table, name, 'feature'));

  const features = table.rows.map(({ line, cells }) =>
    featureIndexes.map((index) => {
      const value = parseNumber(cells[index] as string);
      if (value === null) {
        const cell = cells[index] as string;
        const problem = cell === '' ? 'is empty' : `holds "${cell}", which is not a number`;
        throw new DatasetError(`line ${line}, column "${table.header[index]}" ${problem}`);
      }
      return value;
    }),
  );
  const rawTargets = table.rows.map(({ line, cells }) => {
    const cell = cells[targetIndex] as string;
    if (cell === '') throw new DatasetError(`line ${line}: the target column "${options.target}" is empty`);
    return cell;
  });

  const meta = { name: options.name, featureNames, targetName: options.target };
  if (chooseTask(rawTargets, options.task) === 'regression') {
    return fromRows({ ...meta, task: 'regression', classes: null }, features, rawTargets.map(Number));
  }
  const classes = [...new Set(rawTargets)].sort((a, b) => a.localeCompare(b, 'en', { numeric: true }));
  if (classes.length < 2) throw new DatasetError(`the target column "${options.target}" has only one value, so there is nothing to learn`);
  const classIndex = new Map(classes.map((label, index) => [label, index]));
  const task = classes.length === 2 ? 'binary' : 'multiclass';
  return fromRows({ ...meta, task, classes }, features, rawTargets.map((label) => classIndex.get(label) as number));
}

export function parseCsvDataset(text: string, options: CsvOptions): Dataset {
  return datasetFromTable(readCsvTable(text), options);
}
