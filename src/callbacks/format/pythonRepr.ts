/**
 * Python 3's `repr()` / `str()` for floats, ints and strings, mirroring
 * CPython's behaviour for the values Keras's ModelCheckpoint formats.
 */
import { pyDoubleToString } from './doubleToString';

/**
 * `repr(float)` (== `str(float)`): shortest round-trip digits, exponent
 * form when the decimal exponent is < -4 or >= 16, '.0' on integral values.
 */
export function pyFloatRepr(x: number): string {
  return pyDoubleToString(x, 'r', 0, { addDot0: true });
}

/** `str(int)` for an integer-valued number or a bigint. */
export function pyIntRepr(n: number | bigint): string {
  if (typeof n === 'number' && !Number.isInteger(n)) {
    throw new RangeError(`pyIntRepr needs an integer, got ${n}`);
  }
  return BigInt(n).toString();
}

/** Python's str.isprintable() for one code point (Unicode of this JS engine). */
const NON_PRINTABLE = /^[\p{Cc}\p{Cf}\p{Cs}\p{Co}\p{Cn}\p{Zl}\p{Zp}\p{Zs}]$/u;

function hexEscape(cp: number): string {
  if (cp <= 0xff) return `\\x${cp.toString(16).padStart(2, '0')}`;
  if (cp <= 0xffff) return `\\u${cp.toString(16).padStart(4, '0')}`;
  return `\\U${cp.toString(16).padStart(8, '0')}`;
}

function quoteWith(s: string, asciiOnly: boolean): string {
  const quote = s.includes("'") && !s.includes('"') ? '"' : "'";
  let out = quote;
  for (const ch of s) {
    const cp = ch.codePointAt(0) ?? 0;
    if (ch === quote || ch === '\\') out += `\\${ch}`;
    else if (ch === '\t') out += '\\t';
    else if (ch === '\n') out += '\\n';
    else if (ch === '\r') out += '\\r';
    else if (cp < 0x20 || cp === 0x7f) out += hexEscape(cp);
    else if (cp < 0x7f) out += ch;
    else if (asciiOnly || NON_PRINTABLE.test(ch)) out += hexEscape(cp);
    else out += ch;
  }
  return out + quote;
}

/** `repr(str)`: Python's quote choice and escapes. */
export function pyStrRepr(s: string): string {
  return quoteWith(s, false);
}

/** `ascii(str)`: like repr, with every non-ASCII character escaped. */
export function pyStrAscii(s: string): string {
  return quoteWith(s, true);
}
