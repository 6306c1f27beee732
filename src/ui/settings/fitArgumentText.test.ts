import { describe, expect, it } from 'vitest';
import { fitConfigSchema } from '../../config/modelConfig';
import { classWeightText, parseClassWeight, parseValidationFreq, validationFreqText } from './fitArgumentText';

describe('fit argument text', () => {
  it.each<[string, number | number[]]>([
    ['2', 2],
    [' 3 ', 3],
    ['[1, 4]', [1, 4]],
    ['1, 4, 9', [1, 4, 9]],
    ['[5]', [5]],
  ])('validation_freq %j reads as %j and writes back', (text, value) => {
    expect(parseValidationFreq(text)).toEqual(value);
    expect(parseValidationFreq(validationFreqText(value))).toEqual(value);
  });

  it.each<[string, Record<string, number> | null]>([
    ['', null],
    ['None', null],
    ['{0: 1.0, 1: 2.5}', { '0': 1, '1': 2.5 }],
    ['0: 1, 2: 0.5', { '0': 1, '2': 0.5 }],
  ])('class_weight %j reads as %j', (text, value) => {
    expect(parseClassWeight(text)).toEqual(value);
    if (value) expect(parseClassWeight(classWeightText(value))).toEqual(value);
  });

  it('hands text that does not read to the schema, which names the field', () => {
    const parsed = fitConfigSchema.safeParse({ classWeight: parseClassWeight('{a: 1}'), validationFreq: parseValidationFreq('0') });
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues.map((issue) => issue.path.join('.')).sort()).toEqual(['classWeight', 'validationFreq']);
  });
});
