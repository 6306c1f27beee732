/**
 * Parser for Python's format-spec mini-language,
 *   [[fill]align][sign][z][#][0][width][grouping][.precision][type]
 * mirroring `parse_internal_render_format_spec` in CPython's
 * Python/formatter_unicode.c, including its error messages.
 */
import { valueError } from './pyErrors';

export type Align = '<' | '>' | '=' | '^';

export interface FormatSpec {
  readonly fill: string; // one code point
  readonly align: Align;
  readonly sign: '' | '+' | '-' | ' ';
  readonly noNegativeZero: boolean; // 'z'
  readonly alternate: boolean; // '#'
  readonly width: number; // -1 when absent
  readonly thousands: '' | ',' | '_';
  readonly precision: number; // -1 when absent
  readonly type: string; // one code point, '' when absent
}

const PY_SSIZE_T_MAX = 2n ** 63n - 1n;

/** "'x'" for printable ASCII, else "'\\x..'", as CPython words type codes. */
export function quoteCode(code: string): string {
  const cp = code.codePointAt(0) ?? 0;
  return cp > 32 && cp < 128 ? `'${code}'` : `'\\x${cp.toString(16)}'`;
}

const isAlign = (c: string | undefined): c is Align =>
  c === '<' || c === '>' || c === '=' || c === '^';

export function parseFormatSpec(
  spec: string,
  defaultType: string,
  defaultAlign: Align,
  typeName: string,
): FormatSpec {
  const cs = Array.from(spec);
  let pos = 0;
  const at = (i: number): string | undefined => cs[i];

  let fill = ' ';
  let align = defaultAlign;
  let fillGiven = false;
  let alignGiven = false;
  const second = at(1);
  if (cs.length >= 2 && isAlign(second)) {
    fill = at(0) ?? ' ';
    align = second;
    fillGiven = alignGiven = true;
    pos = 2;
  } else {
    const first = at(0);
    if (isAlign(first)) {
      align = first;
      alignGiven = true;
      pos = 1;
    }
  }

  let sign: FormatSpec['sign'] = '';
  const s = at(pos);
  if (s === '+' || s === '-' || s === ' ') {
    sign = s;
    pos++;
  }
  const noNegativeZero = at(pos) === 'z';
  if (noNegativeZero) pos++;
  const alternate = at(pos) === '#';
  if (alternate) pos++;
  if (!fillGiven && at(pos) === '0') {
    fill = '0';
    if (!alignGiven && defaultAlign === '>') align = '=';
    pos++;
  }

  const readInteger = (): number => {
    let acc = 0n;
    const begin = pos;
    for (let c = at(pos); c !== undefined && c >= '0' && c <= '9'; c = at(++pos)) {
      const digit = BigInt(c.charCodeAt(0) - 48);
      if (acc > (PY_SSIZE_T_MAX - digit) / 10n) {
        throw valueError('Too many decimal digits in format string');
      }
      acc = acc * 10n + digit;
    }
    return pos === begin ? -1 : Number(acc);
  };
  const width = readInteger();

  let thousands: FormatSpec['thousands'] = '';
  if (at(pos) === ',') {
    thousands = ',';
    pos++;
  }
  if (at(pos) === '_') {
    if (thousands) throw valueError("Cannot specify both ',' and '_'.");
    thousands = '_';
    pos++;
  }
  if (at(pos) === ',' && thousands === '_') throw valueError("Cannot specify both ',' and '_'.");

  let precision = -1;
  if (at(pos) === '.') {
    pos++;
    precision = readInteger();
    if (precision === -1) throw valueError('Format specifier missing precision');
  }

  if (cs.length - pos > 1) {
    throw valueError(`Invalid format specifier '${spec}' for object of type '${typeName}'`);
  }
  const type = at(pos) ?? defaultType;

  if (thousands && !['', 'd', 'e', 'f', 'g', 'E', 'G', 'F', '%'].includes(type)) {
    if (!(thousands === '_' && ['b', 'o', 'x', 'X'].includes(type))) {
      throw valueError(`Cannot specify '${thousands}' with ${quoteCode(type)}.`);
    }
  }
  return { fill, align, sign, noNegativeZero, alternate, width, thousands, precision, type };
}
