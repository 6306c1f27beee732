/**
 * Decides how a CSV table becomes training data, from the learner's choice
 * of target, features and task: the task (classes or regression, detected
 * when `auto`), the classes, how each feature is encoded (numbers as they
 * are, text one-hot), and which rows are dropped for missing values. Every
 * way a table cannot be used throws a DatasetError whose message says why.
 */
import { DatasetError } from '../datasetError';
import { isMissing, parseNumber, profileColumns, type ColumnProfile } from './csvColumns';
import type { CsvTable } from './readCsv';
import { SEPARATOR_NAMES } from './csvLimits';

export const MIN_CSV_ROWS = 10;
/** A numeric target with at most this many distinct whole numbers is read as classes. */
export const MAX_INTEGER_CLASSES = 10;
/** A text feature with more distinct values than this is refused rather than one-hot encoded. */
export const MAX_ONE_HOT_VALUES = 20;
export const MAX_CLASSES = 50;
/** A chosen column missing in this share of the rows or more is refused rather than dropping that many rows. */
export const MAX_MISSING_SHARE = 0.3;

export type CsvTask = 'auto' | 'classification' | 'regression';

export interface CsvChoice {
  target: string;
  /** Feature columns; every column but the target when omitted. */
  features?: readonly string[] | undefined;
  task?: CsvTask | undefined;
}

export type FeatureEncoding = { name: string; kind: 'number' } | { name: string; kind: 'one-hot'; values: string[] };

export interface CsvPlan {
  target: string;
  task: 'binary' | 'multiclass' | 'regression';
  /** What `auto` makes of the target, whatever was chosen. */
  detected: 'classification' | 'regression';
  classes: string[] | null;
  features: FeatureEncoding[];
  /** The model's input columns: a number column as it is, a text column as `name=value` per value. */
  inputNames: string[];
  /** Indexes into the table's rows that are kept. */
  kept: number[];
  /** Rows dropped for a missing value, per chosen column (a row missing two values counts for both). */
  droppedByColumn: Record<string, number>;
  dropped: number;
}

const byNaturalOrder = (a: string, b: string) => a.localeCompare(b, 'en', { numeric: true });
const percent = (share: number) => `${Math.round(share * 100)} %`;

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

function checkShape(table: CsvTable, profiles: readonly ColumnProfile[]): void {
  const rows = table.rows.length;
  if (rows < MIN_CSV_ROWS) {
    throw new DatasetError(`the file has ${rows} row${rows === 1 ? '' : 's'} of data under its header; Plateau needs at least ${MIN_CSV_ROWS}`);
  }
  if (!profiles.some((profile) => profile.numeric)) {
    const separator = SEPARATOR_NAMES[table.separator] ?? `"${table.separator}"`;
    throw new DatasetError(`no column holds numbers (read as ${table.header.length} column${table.header.length === 1 ? '' : 's'} separated by ${separator}); is this a table of numbers?`);
  }
}

function columnIndex(table: CsvTable, name: string, role: string): number {
  const index = table.header.indexOf(name);
  if (index < 0) throw new DatasetError(`${role} column "${name}" is not in the header; the columns are: ${table.header.join(', ')}`);
  return index;
}

function checkMissingShare(profile: ColumnProfile, rows: number, role: 'target' | 'feature'): void {
  const share = profile.missing / rows;
  if (share < MAX_MISSING_SHARE) return;
  const advice = role === 'target' ? 'choose another target' : 'leave it out of the features';
  throw new DatasetError(
    `column "${profile.name}" is missing in ${percent(share)} of the rows (${profile.missing} of ${rows}); Plateau drops rows with a missing value only up to ${percent(MAX_MISSING_SHARE)}: ${advice}, or fill in its gaps`,
  );
}

function detectTask(values: readonly string[]): 'classification' | 'regression' {
  const numbers = values.map(parseNumber);
  if (numbers.some((value) => value === null)) return 'classification';
  const distinct = new Set(numbers);
  const whole = [...distinct].every((value) => Number.isInteger(value));
  return whole && distinct.size <= MAX_INTEGER_CLASSES ? 'classification' : 'regression';
}

function encodeFeature(name: string, values: readonly string[]): FeatureEncoding {
  if (values.every((value) => parseNumber(value) !== null)) return { name, kind: 'number' };
  const distinct = [...new Set(values)].sort(byNaturalOrder);
  if (distinct.length > MAX_ONE_HOT_VALUES) {
    throw new DatasetError(
      `column "${name}" holds ${distinct.length} different texts; Plateau one-hot encodes text columns of at most ${MAX_ONE_HOT_VALUES} values: leave it out of the features`,
    );
  }
  return { name, kind: 'one-hot', values: distinct };
}

export function planCsv(table: CsvTable, choice: CsvChoice): CsvPlan {
  checkHeader(table);
  const profiles = profileColumns(table);
  checkShape(table, profiles);
  const targetIndex = columnIndex(table, choice.target, 'target');
  const featureNames = choice.features ?? table.header.filter((name) => name !== choice.target);
  if (featureNames.length === 0) throw new DatasetError('choose at least one feature column besides the target');
  if (featureNames.includes(choice.target)) throw new DatasetError(`"${choice.target}" is the target, so it cannot be a feature too`);
  const featureIndexes = featureNames.map((name) => columnIndex(table, name, 'feature'));
  const rows = table.rows.length;
  checkMissingShare(profiles[targetIndex] as ColumnProfile, rows, 'target');
  featureIndexes.forEach((index) => checkMissingShare(profiles[index] as ColumnProfile, rows, 'feature'));

  const chosen = [targetIndex, ...featureIndexes];
  const droppedByColumn: Record<string, number> = {};
  const kept: number[] = [];
  table.rows.forEach(({ cells }, row) => {
    const gaps = chosen.filter((index) => isMissing(cells[index] ?? ''));
    for (const index of gaps) {
      const name = table.header[index] as string;
      droppedByColumn[name] = (droppedByColumn[name] ?? 0) + 1;
    }
    if (gaps.length === 0) kept.push(row);
  });
  if (kept.length < MIN_CSV_ROWS) {
    throw new DatasetError(`only ${kept.length} rows have every chosen column filled in; Plateau needs at least ${MIN_CSV_ROWS}`);
  }
  const cellsOf = (index: number) => kept.map((row) => table.rows[row]?.cells[index] ?? '');
  const features = featureIndexes.map((index) => encodeFeature(table.header[index] as string, cellsOf(index)));
  const inputNames = features.flatMap((feature) => (feature.kind === 'number' ? [feature.name] : feature.values.map((value) => `${feature.name}=${value}`)));

  const targets = cellsOf(targetIndex);
  const detected = detectTask(targets);
  const task = choice.task === undefined || choice.task === 'auto' ? detected : choice.task;
  const base = { target: choice.target, detected, features, inputNames, kept, droppedByColumn, dropped: rows - kept.length };
  if (task === 'regression') {
    const bad = targets.findIndex((value) => parseNumber(value) === null);
    if (bad >= 0) {
      throw new DatasetError(`a regression target must hold numbers, but "${choice.target}" holds "${targets[bad]}" (line ${table.rows[kept[bad] as number]?.line}): choose classification`);
    }
    return { ...base, task: 'regression', classes: null };
  }
  const classes = [...new Set(targets)].sort(byNaturalOrder);
  if (classes.length < 2) {
    throw new DatasetError(`the target "${choice.target}" has only one value ("${classes[0]}") in the rows kept, so there is nothing to learn: choose another target`);
  }
  if (classes.length > MAX_CLASSES) {
    throw new DatasetError(`the target "${choice.target}" has ${classes.length} different values, too many classes (at most ${MAX_CLASSES}): choose regression if it is a quantity`);
  }
  return { ...base, task: classes.length === 2 ? 'binary' : 'multiclass', classes };
}

/** The plan in words: "Classification with 3 classes (cat, dog, eel); 12 rows dropped for missing values (age 10, income 2)". */
export function describePlan(plan: CsvPlan, rows: number): string[] {
  const what =
    plan.task === 'regression'
      ? `Regression on "${plan.target}" (numbers).`
      : `Classification with ${plan.classes?.length} classes of "${plan.target}": ${plan.classes?.slice(0, 8).join(', ')}${(plan.classes?.length ?? 0) > 8 ? ', …' : ''}.`;
  const lines = [what];
  const encoded = plan.features.filter((feature) => feature.kind === 'one-hot');
  lines.push(
    `${plan.features.length} feature column${plan.features.length === 1 ? '' : 's'}, ${plan.inputNames.length} model input${plan.inputNames.length === 1 ? '' : 's'}${
      encoded.length > 0 ? ` (text one-hot encoded: ${encoded.map((feature) => `${feature.name} → ${feature.kind === 'one-hot' ? feature.values.length : 0}`).join(', ')})` : ''
    }; standardised with the training rows' mean and deviation.`,
  );
  if (plan.dropped > 0) {
    const why = Object.entries(plan.droppedByColumn).map(([name, count]) => `${name} ${count}`).join(', ');
    lines.push(`${plan.dropped} of ${rows} rows dropped for a missing value (${why}); ${plan.kept.length} rows used.`);
  } else {
    lines.push(`All ${rows} rows used; none has a missing value.`);
  }
  return lines;
}
