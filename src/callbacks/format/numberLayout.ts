/**
 * Padding, sign and digit grouping of a formatted number, mirroring
 * `calc_number_widths`, `fill_number` and `_PyUnicode_InsertThousandsGrouping`
 * in CPython. The output is
 *   <lpad><sign><prefix><spad><grouped digits><decimal point><remainder><rpad>
 * With '0' fill and '=' alignment the zero padding goes *inside* the
 * grouping (format(1234, '08,') is '0,001,234').
 */
import type { FormatSpec } from './formatSpec';

export interface NumberParts {
  readonly negative: boolean;
  readonly prefix: string; // '0x' etc. when '#' is given
  readonly digits: string; // the integer digits that get grouped
  readonly hasDecimal: boolean;
  readonly remainder: string; // fraction digits, exponent, '%', 'inf', or a 'c' character
}

export interface Grouping {
  readonly separator: string; // '' for none
  readonly size: number; // 0 for none
}

export const NO_GROUPING: Grouping = { separator: '', size: 0 };

const cpLength = (s: string): number => Array.from(s).length;

/** Insert separators into `digits`, zero-extending to at least `minWidth` chars. */
function groupDigits(digits: string, minWidth: number, { separator, size }: Grouping): string {
  let out = '';
  let remaining = digits.length;
  let min = Math.max(0, minWidth);
  let useSeparator = false;
  const emit = (len: number): void => {
    const chars = Math.max(0, Math.min(remaining, len));
    const zeros = Math.max(0, len - remaining);
    out = '0'.repeat(zeros) + digits.slice(remaining - chars, remaining) + (useSeparator ? separator : '') + out;
    remaining -= chars;
    useSeparator = true;
  };
  if (size > 0) {
    for (;;) {
      const len = Math.min(size, Math.max(remaining, min, 1));
      emit(len);
      min -= len;
      if (remaining <= 0 && min <= 0) return out;
      min -= separator.length;
    }
  }
  emit(Math.max(remaining, min, 1));
  return out;
}

export function layoutNumber(parts: NumberParts, spec: FormatSpec, grouping: Grouping): string {
  let sign = parts.negative ? '-' : '';
  if (!parts.negative && (spec.sign === '+' || spec.sign === ' ')) sign = spec.sign;

  const decimal = parts.hasDecimal ? '.' : '';
  const nonDigits = sign.length + parts.prefix.length + decimal.length + cpLength(parts.remainder);
  const minWidth = spec.fill === '0' && spec.align === '=' ? spec.width - nonDigits : 0;
  const grouped = parts.digits.length === 0 ? '' : groupDigits(parts.digits, minWidth, grouping);

  const padding = Math.max(0, spec.width - (nonDigits + grouped.length));
  let left = 0;
  let inside = 0;
  let right = 0;
  if (spec.align === '<') right = padding;
  else if (spec.align === '^') {
    left = Math.floor(padding / 2);
    right = padding - left;
  } else if (spec.align === '=') inside = padding;
  else left = padding;

  const pad = (n: number): string => spec.fill.repeat(n);
  return pad(left) + sign + parts.prefix + pad(inside) + grouped + decimal + parts.remainder + pad(right);
}
