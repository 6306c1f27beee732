import { expect, test } from 'vitest';
import { chooseTarget, choiceFor, evaluateChoice, firstChoice, readTable, toggleFeature } from './csvDraft';

const file = { name: 'pets.csv', text: ['weight,colour,legs,kind', ...Array.from({ length: 12 }, (_, i) => `${i},${i % 2 ? 'red' : 'blue'},${i % 3},${['cat', 'dog'][i % 2]}`)].join('\n') };

function table() {
  const read = readTable(file);
  if (!('table' in read)) throw new Error(read.message);
  return read.table;
}

test('a fresh file targets its last column, uses every other one, and detects the task', () => {
  const outcome = evaluateChoice(file, table(), firstChoice(table()));
  expect(outcome.ok && outcome.dataset).toEqual({ kind: 'csv', name: 'pets.csv', text: file.text, target: 'kind', task: 'classification' });
  expect(outcome.ok && outcome.summary[0]).toBe('Classification with 2 classes of "kind": cat, dog.');
});

test('unticking a feature lists the rest; a new target leaves the features', () => {
  const choice = toggleFeature(table(), firstChoice(table()), 'colour', false);
  expect(choice.features).toEqual(['weight', 'legs']);
  expect(toggleFeature(table(), choice, 'colour', true).features).toBeNull();
  expect(chooseTarget(choice, 'legs')).toEqual({ target: 'legs', features: ['weight'], task: 'auto' });
});

test('a choice that cannot train says why, and makes no dataset', () => {
  const outcome = evaluateChoice(file, table(), { target: 'kind', features: ['colour'], task: 'regression' });
  expect(outcome.ok).toBe(false);
  expect(!outcome.ok && outcome.message).toMatch(/a regression target must hold numbers/);
});

test('choosing the file again keeps the shared choice where the columns still exist', () => {
  expect(choiceFor(table(), { target: 'legs', features: ['weight', 'gone'], task: 'regression' })).toEqual({ target: 'legs', features: ['weight'], task: 'regression' });
  expect(choiceFor(table(), { target: 'gone', features: null, task: 'auto' })).toEqual(firstChoice(table()));
});

test('an unreadable file gives its message', () => {
  expect(readTable({ name: 'e.csv', text: '' })).toEqual({ message: 'the file is empty' });
});
