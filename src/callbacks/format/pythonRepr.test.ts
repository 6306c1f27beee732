import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { pyFloatRepr, pyIntRepr, pyStrAscii, pyStrRepr } from './pythonRepr';

// Read at run time: importing this 530 KB JSON as a module costs TypeScript and ESLint ~40 s.
const raw: unknown = JSON.parse(readFileSync(new URL('./pythonFormat.fixture.json', import.meta.url), 'utf8'));

/** The fixture's "repr" table: [kind, value as text (repr for floats), repr(value)]. */
const fixture = raw as { repr: [kind: 'float' | 'str', text: string, repr: string][] };

function parsePyFloat(text: string): number {
  if (text === 'nan') return NaN;
  return text === 'inf' ? Infinity : text === '-inf' ? -Infinity : Number(text);
}

describe('repr against CPython (pythonFormat.fixture.json)', () => {
  it.each(fixture.repr.map((row, i) => [i, ...row] as const))('row %i: %s %j', (_i, kind, text, expected) => {
    expect(kind === 'float' ? pyFloatRepr(parsePyFloat(text)) : pyStrRepr(text)).toBe(expected);
  });
});

describe('pyFloatRepr', () => {
  it.each([
    [1, '1.0'],
    [100, '100.0'],
    [-0, '-0.0'],
    [0.1, '0.1'],
    [1e-5, '1e-05'],
    [0.0001, '0.0001'],
    [9.999999310821295e-5, '9.999999310821295e-05'],
    [1e16, '1e+16'],
    [1234567890123456.0, '1234567890123456.0'],
    [1.5e20, '1.5e+20'],
    [1e23, '1e+23'],
    [5e-324, '5e-324'],
    [NaN, 'nan'],
    [Infinity, 'inf'],
    [-Infinity, '-inf'],
  ])('%s -> %s', (x, expected) => {
    expect(pyFloatRepr(x)).toBe(expected);
  });

  it('uses the same digits as Number#toString for random doubles', () => {
    const view = new DataView(new ArrayBuffer(8));
    let seed = 12345;
    const next = (): number => {
      seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
      return seed;
    };
    for (let i = 0; i < 2000; i++) {
      view.setUint32(0, next());
      view.setUint32(4, next());
      const x = view.getFloat64(0);
      if (!Number.isFinite(x)) continue;
      const digits = (s: string): string => s.replace(/^-/, '').replace(/e.*$/, '').replace('.', '').replace(/^0+|0+$/g, '');
      expect(digits(pyFloatRepr(x))).toBe(digits(x.toExponential()));
    }
  });
});

describe('pyIntRepr', () => {
  it('prints integers in full', () => {
    expect(pyIntRepr(0)).toBe('0');
    expect(pyIntRepr(-0)).toBe('0');
    expect(pyIntRepr(-42)).toBe('-42');
    expect(pyIntRepr(1e21)).toBe('1000000000000000000000');
    expect(pyIntRepr(2n ** 70n)).toBe('1180591620717411303424');
    expect(() => pyIntRepr(0.5)).toThrow(RangeError);
  });
});

describe('pyStrRepr', () => {
  it.each([
    ['abc', "'abc'"],
    ["it's", '"it\'s"'],
    ['say "hi"', '\'say "hi"\''],
    ['both \' and "', "'both \\' and \"'"],
    ['a\\b', "'a\\\\b'"],
    ['\n\r\t', "'\\n\\r\\t'"],
    ['\x00\x1b\x7f', "'\\x00\\x1b\\x7f'"],
    ['héllo', "'héllo'"],
    ['\ud800', "'\\ud800'"],
  ])('%j -> %s', (s, expected) => {
    expect(pyStrRepr(s)).toBe(expected);
  });

  it('escapes every non-ASCII character for ascii()', () => {
    expect(pyStrAscii('h\u00e9 \u0394 \u{1F600}')).toBe("'h\\xe9 \\u0394 \\U0001f600'");
  });
});
