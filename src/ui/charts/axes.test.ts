import { describe, expect, it } from 'vitest';
import { formatTick } from './axes';

describe('value-axis tick labels', () => {
  it('writes three significant digits between 0.001 and 10,000, and zero as 0', () => {
    expect(formatTick(0)).toBe('0');
    expect(formatTick(0.25)).toBe('0.25');
    expect(formatTick(0.001)).toBe('0.001');
    expect(formatTick(1234.5)).toBe('1230');
  });

  it('writes an exponent outside that range, as a learning rate cut many times needs', () => {
    expect(formatTick(1e-5)).toBe('1e-5');
    expect(formatTick(-2e-4)).toBe('-2e-4');
    expect(formatTick(25000)).toBe('3e+4');
  });
});
