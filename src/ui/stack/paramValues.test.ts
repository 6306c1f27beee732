import { describe, expect, it } from 'vitest';
import { numberFromText, saveFreqFromText, textFromValue } from './paramValues';

describe('form text ↔ parameter values', () => {
  it('reads numbers, leaves empty optional fields at the Keras default, keeps junk for the schema to report', () => {
    expect(numberFromText('0.5')).toBe(0.5);
    expect(numberFromText(' 1e-4 ')).toBe(0.0001);
    expect(numberFromText('')).toBeUndefined();
    expect(numberFromText('', true)).toBe('');
    expect(numberFromText('abc')).toBe('abc');
  });

  it('reads saveFreq as "epoch" or a number of batches', () => {
    expect(saveFreqFromText('epoch')).toBe('epoch');
    expect(saveFreqFromText('20')).toBe(20);
    expect(saveFreqFromText('')).toBeUndefined();
    expect(saveFreqFromText('often')).toBe('often');
  });

  it('writes values back as text', () => {
    expect(textFromValue(undefined)).toBe('');
    expect(textFromValue(null)).toBe('');
    expect(textFromValue(0.1)).toBe('0.1');
  });
});
