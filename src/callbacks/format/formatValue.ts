/**
 * Python's built-in `format(value, spec)` for int, float, bool, str and
 * None (the values Keras's ModelCheckpoint puts in a file path), mirroring
 * the `__format__` methods in CPython's Python/formatter_unicode.c,
 * messages included. The 'n' type uses the
 * C locale, as Python does unless `locale.setlocale` was called.
 */
import { pyDoubleToString } from './doubleToString';
import type { DoubleFormatCode } from './doubleToString';
import { parseFormatSpec, quoteCode } from './formatSpec';
import type { FormatSpec } from './formatSpec';
import { layoutNumber, NO_GROUPING } from './numberLayout';
import type { Grouping } from './numberLayout';
import { PyFormatError, PyFormatUnsupportedError, valueError } from './pyErrors';
import { pyTypeName, pyValueStr } from './pyValue';
import type { PyValue } from './pyValue';

const INT_MAX = 2 ** 31 - 1;
/** Python would build strings of any size; a browser tab should not try. */
const MAX_WIDTH_OR_PRECISION = 100_000;

function guardSize(spec: FormatSpec, checkPrecision: boolean): void {
  if (spec.width > MAX_WIDTH_OR_PRECISION || (checkPrecision && spec.precision > MAX_WIDTH_OR_PRECISION)) {
    throw new PyFormatUnsupportedError(`width or precision above ${MAX_WIDTH_OR_PRECISION} is not supported`);
  }
}

function unknownCode(type: string, typeName: string): PyFormatError {
  return valueError(`Unknown format code ${quoteCode(type)} for object of type '${typeName}'`);
}

function groupingOf(spec: FormatSpec): Grouping {
  if (spec.type === 'n' || spec.thousands === '') return NO_GROUPING;
  const size = spec.thousands === '_' && ['b', 'o', 'x', 'X'].includes(spec.type) ? 4 : 3;
  return { separator: spec.thousands, size };
}

function formatString(s: string, spec: FormatSpec): string {
  if (spec.sign) {
    throw valueError(`${spec.sign === ' ' ? 'Space' : 'Sign'} not allowed in string format specifier`);
  }
  if (spec.noNegativeZero) {
    throw valueError('Negative zero coercion (z) not allowed in string format specifier');
  }
  if (spec.alternate) throw valueError('Alternate form (#) not allowed in string format specifier');
  if (spec.align === '=') throw valueError("'=' alignment not allowed in string format specifier");
  guardSize(spec, false);
  let chars = Array.from(s);
  if (spec.precision >= 0 && chars.length > spec.precision) chars = chars.slice(0, spec.precision);
  const padding = Math.max(0, spec.width - chars.length);
  const left = spec.align === '>' ? padding : spec.align === '^' ? Math.floor(padding / 2) : 0;
  return spec.fill.repeat(left) + chars.join('') + spec.fill.repeat(padding - left);
}

function formatFloat(x: number, spec: FormatSpec): string {
  if (spec.precision > INT_MAX) throw valueError('precision too big');
  guardSize(spec, true);
  let code: DoubleFormatCode;
  let value = x;
  let precision = spec.precision;
  let percent = '';
  let addDot0 = false;
  switch (spec.type) {
    case '':
      addDot0 = true;
      code = precision < 0 ? 'r' : 'g';
      precision = Math.max(precision, 0);
      break;
    case 'n':
      code = 'g';
      break;
    case '%':
      code = 'f';
      value = x * 100;
      percent = '%';
      break;
    default:
      code = spec.type.toLowerCase() as DoubleFormatCode;
  }
  if (precision < 0) precision = 6;
  const text =
    pyDoubleToString(value, code, precision, {
      upper: spec.type === 'E' || spec.type === 'F' || spec.type === 'G',
      addDot0,
      alternate: spec.alternate,
      noNegativeZero: spec.noNegativeZero,
    }) + percent;
  const negative = text.startsWith('-');
  const body = negative ? text.slice(1) : text;
  const intEnd = body.search(/[^0-9]|$/);
  const hasDecimal = body.charAt(intEnd) === '.';
  return layoutNumber(
    {
      negative,
      prefix: '',
      digits: body.slice(0, intEnd),
      hasDecimal,
      remainder: body.slice(intEnd + (hasDecimal ? 1 : 0)),
    },
    spec,
    groupingOf(spec),
  );
}

function formatChar(n: bigint, spec: FormatSpec): string {
  if (spec.sign) throw valueError("Sign not allowed with integer format specifier 'c'");
  if (spec.alternate) {
    throw valueError("Alternate form (#) not allowed with integer format specifier 'c'");
  }
  if (n < -(2n ** 63n) || n >= 2n ** 63n) {
    throw new PyFormatError('OverflowError', 'Python int too large to convert to C long');
  }
  if (n < 0n || n > 0x10ffffn) throw new PyFormatError('OverflowError', '%c arg not in range(0x110000)');
  const ch = String.fromCodePoint(Number(n));
  return layoutNumber({ negative: false, prefix: '', digits: '', hasDecimal: false, remainder: ch }, spec, NO_GROUPING);
}

const BASES: Readonly<Record<string, readonly [number, string]>> = {
  b: [2, '0b'],
  o: [8, '0o'],
  x: [16, '0x'],
  X: [16, '0x'],
  d: [10, ''],
  n: [10, ''],
};

function formatInt(n: bigint, spec: FormatSpec, typeName: string): string {
  const base = BASES[spec.type];
  if (base === undefined && spec.type !== 'c') {
    if (!['e', 'E', 'f', 'F', 'g', 'G', '%'].includes(spec.type)) throw unknownCode(spec.type, typeName);
    const x = Number(n);
    if (!Number.isFinite(x)) throw new PyFormatError('OverflowError', 'int too large to convert to float');
    return formatFloat(x, spec);
  }
  if (spec.precision !== -1) throw valueError('Precision not allowed in integer format specifier');
  if (spec.noNegativeZero) {
    throw valueError('Negative zero coercion (z) not allowed in integer format specifier');
  }
  guardSize(spec, false);
  if (base === undefined) return formatChar(n, spec);
  const [radix, prefix] = base;
  const upper = spec.type === 'X';
  const digits = (n < 0n ? -n : n).toString(radix);
  const shownPrefix = spec.alternate ? prefix : '';
  return layoutNumber(
    {
      negative: n < 0n,
      prefix: upper ? shownPrefix.toUpperCase() : shownPrefix,
      digits: upper ? digits.toUpperCase() : digits,
      hasDecimal: false,
      remainder: '',
    },
    spec,
    groupingOf(spec),
  );
}

/** Python's `format(value, spec)`; throws PyFormatError like CPython raises. */
export function pyFormatValue(value: PyValue, spec: string): string {
  if (spec === '') return pyValueStr(value);
  const typeName = pyTypeName(value);
  switch (value.kind) {
    case 'none':
      throw new PyFormatError('TypeError', 'unsupported format string passed to NoneType.__format__');
    case 'str': {
      const parsed = parseFormatSpec(spec, 's', '<', typeName);
      if (parsed.type !== 's') throw unknownCode(parsed.type, typeName);
      return formatString(value.value, parsed);
    }
    case 'float': {
      const parsed = parseFormatSpec(spec, '', '>', typeName);
      if (!['', 'e', 'E', 'f', 'F', 'g', 'G', 'n', '%'].includes(parsed.type)) {
        throw unknownCode(parsed.type, typeName);
      }
      return formatFloat(value.value, parsed);
    }
    case 'int':
    case 'bool': {
      const parsed = parseFormatSpec(spec, 'd', '>', typeName);
      const n = value.kind === 'bool' ? (value.value ? 1n : 0n) : BigInt(value.value);
      return formatInt(n, parsed, typeName);
    }
  }
}
