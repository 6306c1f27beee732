import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import {
  PY_NONE,
  PyFormatError,
  PyFormatUnsupportedError,
  pyBool,
  pyFloat,
  pyFormat,
  pyFormatValue,
  pyInt,
  pyString,
} from './pythonFormat';
import type { PyValue } from './pythonFormat';

// Read at run time: importing this 530 KB JSON as a module costs TypeScript and ESLint ~40 s.
const raw: unknown = JSON.parse(readFileSync(new URL('./pythonFormat.fixture.json', import.meta.url), 'utf8'));

/** A fixture row (see generatePythonFormatFixture.py): kwargs as [kind, text]. */
type Encoded = [kind: string, text: string];
type FormatRow = [template: string, kwargs: Record<string, Encoded>, outcome: [string, string]];
const fixture = raw as { python: string; format: FormatRow[] };

function parsePyFloat(text: string): number {
  if (text === 'nan') return NaN;
  return text === 'inf' ? Infinity : text === '-inf' ? -Infinity : Number(text);
}

function decode([kind, text]: Encoded): PyValue {
  switch (kind) {
    case 'int': {
      const big = BigInt(text);
      return pyInt(big >= -(2n ** 53n) && big <= 2n ** 53n ? Number(big) : big);
    }
    case 'float':
      return pyFloat(parsePyFloat(text));
    case 'str':
      return pyString(text);
    case 'bool':
      return pyBool(text === 'True');
    default:
      return PY_NONE;
  }
}

const decodeKwargs = (kwargs: Record<string, Encoded>): Record<string, PyValue> =>
  Object.fromEntries(Object.entries(kwargs).map(([k, v]) => [k, decode(v)]));

/** What pyFormat did, in the fixture's [outcome, text] shape. */
function outcome(template: string, kwargs: Record<string, PyValue>): [string, string] {
  try {
    return ['ok', pyFormat(template, kwargs)];
  } catch (e) {
    if (e instanceof PyFormatError) return [e.pyType, e.message];
    throw e;
  }
}

describe('pyFormat against CPython (pythonFormat.fixture.json)', () => {
  it('has a broad table from CPython 3.11+', () => {
    expect(fixture.python).toMatch(/^3\.(1[1-9]|[2-9]\d)\./);
    expect(fixture.format.length).toBeGreaterThan(300);
  });

  it.each(fixture.format.map((row, i) => [i, ...row] as const))(
    'row %i: %j',
    (_i, template, kwargs, expected) => {
      expect(outcome(template, decodeKwargs(kwargs))).toEqual(expected);
    },
  );
});

describe('pyFormat', () => {
  const logs = { epoch: pyInt(1), val_loss: pyFloat(0.023456789), loss: pyFloat(0.5) };

  it('formats a ModelCheckpoint file path', () => {
    expect(pyFormat('model-{epoch:02d}-{val_loss:.2f}.keras', logs)).toBe('model-01-0.02.keras');
  });

  it('tells ints from floats', () => {
    expect(pyFormat('{a} {b}', { a: pyInt(1), b: pyFloat(1) })).toBe('1 1.0');
    expect(() => pyFormat('{b:d}', { b: pyFloat(1) })).toThrow(
      "Unknown format code 'd' for object of type 'float'",
    );
  });

  it('rounds half to even on the exact binary value', () => {
    const f = (x: number, spec: string): string => pyFormatValue(pyFloat(x), spec);
    expect(f(0.125, '.2f')).toBe('0.12');
    expect(f(2.675, '.2f')).toBe('2.67');
    expect(f(2.5, '.0f')).toBe('2');
    expect(f(3.5, '.0f')).toBe('4');
  });

  it('raises KeyError with the quoted key', () => {
    let error: unknown;
    try {
      pyFormat('{val_acc}', logs);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(PyFormatError);
    expect(error).toMatchObject({ pyType: 'KeyError', message: "'val_acc'" });
    expect(String(error)).toBe("KeyError: 'val_acc'");
  });

  it('looks up own keys only', () => {
    expect(() => pyFormat('{constructor}', {})).toThrow("'constructor'");
    expect(() => pyFormat('{toString}', {})).toThrow("'toString'");
  });

  it('does not model attribute or index access', () => {
    expect(() => pyFormat('{loss.real}', logs)).toThrow(PyFormatUnsupportedError);
    expect(() => pyFormat('{loss[0]}', logs)).toThrow(PyFormatUnsupportedError);
  });

  it('refuses gigantic widths and precisions instead of freezing the tab', () => {
    expect(() => pyFormat('{loss:.100001f}', logs)).toThrow(PyFormatUnsupportedError);
    expect(() => pyFormat('{epoch:100001}', logs)).toThrow(PyFormatUnsupportedError);
    expect(pyFormat('{loss:.100000f}', logs)).toHaveLength(100_002);
    expect(() => pyFormat('{loss:.3000000000f}', logs)).toThrow('precision too big');
  });

  it('formats None, strings and bigints', () => {
    expect(pyFormat('{x}|{y!r}|{z:,}', { x: PY_NONE, y: pyString("it's"), z: pyInt(10n ** 20n) })).toBe(
      'None|"it\'s"|100,000,000,000,000,000,000',
    );
  });

  it('rejects a non-integral pyInt', () => {
    expect(() => pyInt(1.5)).toThrow(RangeError);
  });
});
