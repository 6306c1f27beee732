import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { formatTick, TICK_TEXT } from './axes';

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
    expect(formatTick(25000)).toBe('2.5e+4');
  });

  it('never writes two neighbouring ticks of a blown-up loss the same', () => {
    const ticks = [1e35, 1.2e35, 1.4e35, 1.6e35].map(formatTick);
    expect(ticks).toEqual(['1e+35', '1.2e+35', '1.4e+35', '1.6e+35']);
  });
});

describe('tick label colours', () => {
  it("are the page's muted text colours, light and dark, as app.css defines them", () => {
    const css = readFileSync(new URL('../app.css', import.meta.url), 'utf8');
    const muted = [...css.matchAll(/--muted:\s*(#[0-9a-f]{6})/gi)].map((match) => match[1]?.toLowerCase());
    expect(muted).toEqual([TICK_TEXT.light, TICK_TEXT.dark]);
  });
});
