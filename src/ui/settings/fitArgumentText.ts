/**
 * The text forms of `fit`'s list- and dict-valued arguments, as a learner
 * types them in Python: `validation_freq` as `2` or `[1, 4]`, `class_weight`
 * as `{0: 1.0, 1: 2.5}` (brackets and braces optional). Text that does not
 * read is handed on as is, so the schema names the problem at the field.
 */
import type { FitConfig } from '../../config/modelConfig';

const numbers = (text: string): number[] =>
  text
    .replace(/[[\]]/g, '')
    .split(',')
    .map((part) => part.trim())
    .filter((part) => part !== '')
    .map(Number);

export function validationFreqText(value: FitConfig['validationFreq']): string {
  return typeof value === 'number' ? String(value) : `[${value.join(', ')}]`;
}

/** A single number stays an int (every n-th epoch); brackets or a comma make a list of epochs. */
export function parseValidationFreq(text: string): number | number[] {
  const trimmed = text.trim();
  if (trimmed === '') return Number.NaN;
  if (!/[[,]/.test(trimmed)) return Number(trimmed);
  return numbers(trimmed);
}

export function classWeightText(value: FitConfig['classWeight']): string {
  if (value === null) return '';
  return `{${Object.entries(value)
    .map(([index, weight]) => `${index}: ${weight}`)
    .join(', ')}}`;
}

/** Empty text is Keras's None; `index: weight` pairs otherwise. */
export function parseClassWeight(text: string): Record<string, number> | null | string {
  const trimmed = text.trim().replace(/^\{|\}$/g, '').trim();
  if (trimmed === '' || trimmed === 'None') return null;
  const weights: Record<string, number> = {};
  for (const pair of trimmed.split(',')) {
    const match = /^\s*(\d+)\s*:\s*(\S+)\s*$/.exec(pair);
    if (!match) return text;
    weights[match[1] as string] = Number(match[2]);
  }
  return weights;
}
