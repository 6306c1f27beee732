/**
 * A port of the layout rules of CPython's `PyOS_double_to_string` /
 * `format_float_short` (Python/pystrtod.c): turns exact decimal digits into
 * the text `repr(float)` and the `e`, `f`, `g` format types produce.
 */
import { fixedDigits, shortestDigits, significantDigits } from './exactDecimal';
import type { DecimalDigits } from './exactDecimal';

/** 'r' is repr's shortest round-trip mode. */
export type DoubleFormatCode = 'e' | 'f' | 'g' | 'r';

export interface DoubleFormatOptions {
  /** Use 'E', 'INF', 'NAN' (the E, F and G format types). */
  readonly upper?: boolean;
  /** Py_DTSF_ADD_DOT_0: integral results keep a '.0' (repr, and the empty type). */
  readonly addDot0?: boolean;
  /** Py_DTSF_ALT: the '#' option; keep trailing zeros (g) and a trailing '.'. */
  readonly alternate?: boolean;
  /** Py_DTSF_NO_NEG_0: the 'z' option; a result that rounded to zero loses its '-'. */
  readonly noNegativeZero?: boolean;
}

function digitsFor(x: number, code: DoubleFormatCode, precision: number): DecimalDigits {
  switch (code) {
    case 'e':
      return significantDigits(x, precision + 1);
    case 'f':
      return fixedDigits(x, precision);
    case 'g':
      return significantDigits(x, Math.max(precision, 1));
    case 'r':
      return shortestDigits(x);
  }
}

export function pyDoubleToString(
  x: number,
  code: DoubleFormatCode,
  precision: number,
  options: DoubleFormatOptions = {},
): string {
  const { upper = false, addDot0 = false, alternate = false, noNegativeZero = false } = options;
  if (Number.isNaN(x)) return upper ? 'NAN' : 'nan';
  if (!Number.isFinite(x)) return (x < 0 ? '-' : '') + (upper ? 'INF' : 'inf');

  const { negative, digits, decpt: pointAt } = digitsFor(x, code, precision);
  const isZero = /^0*$/.test(digits);
  const sign = negative && !(noNegativeZero && isZero) ? '-' : '';

  // Which slice of the zero-padded digit string to show, and whether to use
  // an exponent (the "vdigits" scheme of format_float_short).
  let decpt = pointAt;
  let end = digits.length;
  let useExp = false;
  if (code === 'e') {
    useExp = true;
    end = precision + 1;
  } else if (code === 'f') {
    end = decpt + precision;
  } else if (code === 'g') {
    const p = Math.max(precision, 1);
    useExp = decpt <= -4 || decpt > (addDot0 ? p - 1 : p);
    if (alternate) end = p;
  } else {
    useExp = decpt <= -4 || decpt > 16;
  }
  const exponent = decpt - 1;
  if (useExp) decpt = 1;
  const start = decpt <= 0 ? decpt - 1 : 0;
  end = Math.max(end, !useExp && addDot0 ? decpt + 1 : decpt);

  const padded = '0'.repeat(-start) + digits + '0'.repeat(end - digits.length);
  let body = `${padded.slice(0, decpt - start)}.${padded.slice(decpt - start)}`;
  if (body.endsWith('.') && !alternate) body = body.slice(0, -1);
  if (useExp) {
    const mag = String(Math.abs(exponent)).padStart(2, '0');
    body += `${upper ? 'E' : 'e'}${exponent < 0 ? '-' : '+'}${mag}`;
  }
  return sign + body;
}
