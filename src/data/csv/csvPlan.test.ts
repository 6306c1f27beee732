import { describe, expect, test } from 'vitest';
import { DatasetError } from '../datasetError';
import { describePlan, planCsv, type CsvChoice } from './csvPlan';
import { encodeCsv } from './encodeCsv';
import { readCsv } from './readCsv';

const rows = (count: number, make: (i: number) => string) => Array.from({ length: count }, (_, i) => make(i));
const csv = (header: string, lines: string[]) => [header, ...lines].join('\n');
const plan = (text: string, choice: CsvChoice) => planCsv(readCsv(text), choice);

describe('detecting the task', () => {
  test('numbers with many values: a regression', () => {
    const result = plan(csv('a,b,price', rows(12, (i) => `${i},${i * 2},${i * 1.5}`)), { target: 'price' });
    expect(result).toMatchObject({ task: 'regression', detected: 'regression', classes: null, inputNames: ['a', 'b'], dropped: 0 });
  });
  test('text classes in natural order; three or more make a multiclass task', () => {
    const result = plan(csv('w,kind', rows(12, (i) => `${i},class ${[10, 2, 1][i % 3]}`)), { target: 'kind' });
    expect(result).toMatchObject({ task: 'multiclass', classes: ['class 1', 'class 2', 'class 10'] });
    expect(describePlan(result, 12)[0]).toBe('Classification with 3 classes of "kind": class 1, class 2, class 10.');
  });
  test('a few whole numbers are classes, and the learner can make them a regression', () => {
    const text = csv('x,grade', rows(12, (i) => `${i},${i % 4}`));
    expect(plan(text, { target: 'grade' })).toMatchObject({ task: 'multiclass', detected: 'classification' });
    expect(plan(text, { target: 'grade', task: 'regression' })).toMatchObject({ task: 'regression', detected: 'classification' });
  });
  test('two values are a binary task', () => {
    expect(plan(csv('x,y', rows(12, (i) => `${i},${i % 2 ? 'yes' : 'no'}`)), { target: 'y' }).task).toBe('binary');
  });
});

describe('encoding features', () => {
  test('text features are one-hot encoded; the chosen features only', () => {
    const text = csv('size,colour,id,label', rows(12, (i) => `${i},${['red', 'blue'][i % 2]},${i},${i % 2}`));
    const result = plan(text, { target: 'label', features: ['colour', 'size'] });
    expect(result.inputNames).toEqual(['colour=blue', 'colour=red', 'size']);
    const encoded = encodeCsv(readCsv(text), result);
    expect(encoded.features[0]).toEqual([0, 1, 0]);
    expect(encoded.features[1]).toEqual([1, 0, 1]);
    expect(encoded.targets.slice(0, 2)).toEqual([0, 1]);
  });
  test('a text column over the cap is refused with the reason', () => {
    const text = csv('name,x,y', rows(30, (i) => `person ${i},${i},${i % 2}`));
    expect(() => plan(text, { target: 'y' })).toThrow('column "name" holds 30 different texts; Plateau one-hot encodes text columns of at most 20 values');
    expect(plan(text, { target: 'y', features: ['x'] }).inputNames).toEqual(['x']);
  });
});

describe('missing values', () => {
  test('rows with a gap in a chosen column are dropped and counted per column', () => {
    const text = csv('a,b,unused,y', rows(20, (i) => `${i === 3 ? 'NA' : i},${i === 5 || i === 6 ? '' : i},${i % 3 ? '' : 1},${i % 2}`));
    const result = plan(text, { target: 'y', features: ['a', 'b'] });
    expect(result).toMatchObject({ dropped: 3, droppedByColumn: { a: 1, b: 2 } });
    expect(result.kept).not.toContain(3);
    expect(describePlan(result, 20)[2]).toBe('3 of 20 rows dropped for a missing value (a 1, b 2); 17 rows used.');
  });
  test('a column missing in 40 % of the rows is refused, with what to do', () => {
    const text = csv('a,b,y', rows(20, (i) => `${i},${i % 5 < 2 ? '' : i},${i % 2}`));
    expect(() => plan(text, { target: 'y' })).toThrow('column "b" is missing in 40 % of the rows (8 of 20)');
    expect(() => plan(text, { target: 'y' })).toThrow('leave it out of the features');
    expect(plan(text, { target: 'y', features: ['a'] }).dropped).toBe(0);
  });
});

describe('tables that cannot be used', () => {
  test.each([
    ['one row', csv('a,b', ['1,2']), { target: 'b' }, 'the file has 1 row of data under its header; Plateau needs at least 10'],
    ['no numeric column', csv('a b c', rows(12, (i) => `x${i} y z`)), { target: 'a b c' }, 'no column holds numbers (read as 1 column separated by commas)'],
    ['a target with one class', csv('a,b', rows(12, (i) => `${i},yes`)), { target: 'b' }, 'the target "b" has only one value ("yes") in the rows kept'],
    ['no header', csv('1,2', rows(12, (i) => `${i},${i}`)), { target: '2' }, 'the first line must be a header'],
    ['an unknown target', csv('a,b', rows(12, (i) => `${i},1`)), { target: 'price' }, 'target column "price" is not in the header; the columns are: a, b'],
    ['a text regression target', csv('a,b', rows(12, (i) => `${i},v${i}`)), { target: 'b', task: 'regression' as const }, 'a regression target must hold numbers'],
    ['the target as a feature', csv('a,b', rows(12, (i) => `${i},${i % 2}`)), { target: 'b', features: ['a', 'b'] }, '"b" is the target, so it cannot be a feature too'],
  ])('%s', (_name, text, choice, message) => {
    expect(() => plan(text, choice)).toThrow(DatasetError);
    expect(() => plan(text, choice)).toThrow(message);
  });
});
