/**
 * The Python values a format string can refer to. Ints and floats are kept
 * apart because Python formats them differently (`{epoch}` of 1 is "1",
 * of 1.0 is "1.0"; `{x:d}` of a float raises).
 */
import { pyFloatRepr, pyIntRepr, pyStrAscii, pyStrRepr } from './pythonRepr';

export type PyValue =
  | { readonly kind: 'int'; readonly value: number | bigint }
  | { readonly kind: 'float'; readonly value: number }
  | { readonly kind: 'str'; readonly value: string }
  | { readonly kind: 'bool'; readonly value: boolean }
  | { readonly kind: 'none' };

/** Python `int`; a number must be integer-valued. */
export function pyInt(value: number | bigint): PyValue {
  if (typeof value === 'number' && !Number.isInteger(value)) {
    throw new RangeError(`pyInt needs an integer, got ${value}`);
  }
  return { kind: 'int', value };
}

export const pyFloat = (value: number): PyValue => ({ kind: 'float', value });
export const pyString = (value: string): PyValue => ({ kind: 'str', value });
export const pyBool = (value: boolean): PyValue => ({ kind: 'bool', value });
export const PY_NONE: PyValue = { kind: 'none' };

/** Python's `type(v).__name__`, as used in error messages. */
export function pyTypeName(v: PyValue): string {
  return v.kind === 'none' ? 'NoneType' : v.kind;
}

/** `str(v)` */
export function pyValueStr(v: PyValue): string {
  switch (v.kind) {
    case 'int':
      return pyIntRepr(v.value);
    case 'float':
      return pyFloatRepr(v.value);
    case 'str':
      return v.value;
    case 'bool':
      return v.value ? 'True' : 'False';
    case 'none':
      return 'None';
  }
}

/** `repr(v)` */
export function pyValueRepr(v: PyValue): string {
  return v.kind === 'str' ? pyStrRepr(v.value) : pyValueStr(v);
}

/** `ascii(v)` */
export function pyValueAscii(v: PyValue): string {
  return v.kind === 'str' ? pyStrAscii(v.value) : pyValueStr(v);
}
