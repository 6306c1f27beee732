/**
 * `template.format(**kwargs)` exactly as CPython 3.11 does it, for the
 * subset Keras's ModelCheckpoint needs: named fields only, e.g.
 *   pyFormat('model-{epoch:02d}-{val_loss:.2f}.keras', { epoch: pyInt(1), ...logs })
 * Parsing mirrors `MarkupIterator_next`, `parse_field` and
 * `get_field_object` in CPython's Objects/stringlib/unicode_format.h:
 * fields are rendered left to right, so the first problem met is the one
 * raised, with Python's exception type and message.
 *
 * Not modelled (PyFormatUnsupportedError): attribute/index access such as
 * `{loss.real}` or `{name[0]}`, and widths or precisions above 100,000.
 * Field names and widths use ASCII digits only (CPython also accepts other
 * Unicode decimal digits).
 */
import { pyFormatValue } from './formatValue';
import { PyFormatError, PyFormatUnsupportedError, valueError } from './pyErrors';
import { pyString, pyValueAscii, pyValueRepr, pyValueStr } from './pyValue';
import type { PyValue } from './pyValue';
import { pyStrRepr } from './pythonRepr';

export { PyFormatError, PyFormatUnsupportedError } from './pyErrors';
export type { PyErrorType } from './pyErrors';
export { pyFormatValue } from './formatValue';
export { PY_NONE, pyBool, pyFloat, pyInt, pyString, pyValueRepr, pyValueStr } from './pyValue';
export type { PyValue } from './pyValue';

export type PyKwargs = Readonly<Record<string, PyValue>>;

interface Field {
  readonly name: string;
  readonly conversion: number | null; // code point after '!'
  readonly spec: string;
  readonly specHasFields: boolean;
  readonly next: number; // index just past the closing '}'
}

/** Python's `template.format(**kwargs)`. Throws PyFormatError. */
export function pyFormat(template: string, kwargs: PyKwargs): string {
  return buildString(template, kwargs, 2);
}

function buildString(s: string, kwargs: PyKwargs, depth: number): string {
  if (depth <= 0) throw valueError('Max string recursion exceeded');
  let out = '';
  let pos = 0;
  while (pos < s.length) {
    const start = pos;
    let c = '';
    let markup = false;
    while (pos < s.length) {
      c = s.charAt(pos++);
      if (c === '{' || c === '}') {
        markup = true;
        break;
      }
    }
    const atEnd = pos >= s.length;
    let len = pos - start;
    if (c === '}' && (atEnd || s.charAt(pos) !== '}')) {
      throw valueError("Single '}' encountered in format string");
    }
    if (atEnd && c === '{') throw valueError("Single '{' encountered in format string");
    if (!atEnd) {
      if (s.charAt(pos) === c) {
        pos++; // '{{' or '}}': keep one brace as literal text
        markup = false;
      } else {
        len--;
      }
    }
    out += s.slice(start, start + len);
    if (markup) {
      const field = parseField(s, pos);
      pos = field.next;
      out += renderField(field, kwargs, depth);
    }
  }
  return out;
}

function parseField(s: string, from: number): Field {
  let pos = from;
  let c = '';
  while (pos < s.length) {
    c = s.charAt(pos++);
    if (c === '{') throw valueError("unexpected '{' in field name");
    if (c === '[') {
      while (pos < s.length && s.charAt(pos) !== ']') pos++;
      continue;
    }
    if (c === '}' || c === ':' || c === '!') break;
  }
  const name = s.slice(from, pos - 1);
  const plain = { name, conversion: null, spec: '', specHasFields: false };
  if (c !== '!' && c !== ':') {
    if (c !== '}') throw valueError("expected '}' before end of string");
    return { ...plain, next: pos };
  }
  let conversion: number | null = null;
  if (c === '!') {
    if (pos >= s.length) throw valueError('end of string while looking for conversion specifier');
    conversion = s.codePointAt(pos) ?? 0;
    pos += conversion > 0xffff ? 2 : 1;
    if (pos < s.length) {
      const after = s.charAt(pos++);
      if (after === '}') return { ...plain, conversion, next: pos };
      if (after !== ':') throw valueError("expected ':' after conversion specifier");
    }
  }
  const specStart = pos;
  let depth = 1;
  let specHasFields = false;
  while (pos < s.length) {
    c = s.charAt(pos++);
    if (c === '{') {
      specHasFields = true;
      depth++;
    } else if (c === '}' && --depth === 0) {
      return { name, conversion, spec: s.slice(specStart, pos - 1), specHasFields, next: pos };
    }
  }
  throw valueError("unmatched '{' in format spec");
}

function renderField(field: Field, kwargs: PyKwargs, depth: number): string {
  let value = lookup(field.name, kwargs);
  if (field.conversion !== null) value = pyString(convert(value, field.conversion));
  const spec = field.specHasFields ? buildString(field.spec, kwargs, depth - 1) : field.spec;
  return pyFormatValue(value, spec);
}

function convert(value: PyValue, conversion: number): string {
  switch (conversion) {
    case 0x72: // r
      return pyValueRepr(value);
    case 0x73: // s
      return pyValueStr(value);
    case 0x61: // a
      return pyValueAscii(value);
    default: {
      const shown =
        conversion > 32 && conversion < 127 ? String.fromCodePoint(conversion) : `\\x${conversion.toString(16)}`;
      throw valueError(`Unknown conversion specifier ${shown}`);
    }
  }
}

const PY_SSIZE_T_MAX = 2n ** 63n - 1n;

/** CPython's get_integer: -1 unless all ASCII digits; raises on overflow. */
function fieldIndex(text: string): number {
  if (text === '') return -1;
  let acc = 0n;
  for (const ch of text) {
    if (ch < '0' || ch > '9') return -1;
    const digit = BigInt(ch.charCodeAt(0) - 48);
    if (acc > (PY_SSIZE_T_MAX - digit) / 10n) throw valueError('Too many decimal digits in format string');
    acc = acc * 10n + digit;
  }
  return Number(acc);
}

function lookup(fieldName: string, kwargs: PyKwargs): PyValue {
  const split = fieldName.search(/[.[]/);
  const first = split < 0 ? fieldName : fieldName.slice(0, split);
  const rest = split < 0 ? '' : fieldName.slice(split);
  // No positional arguments exist, so the first positional field (auto
  // numbered `{}` is index 0) always fails.
  const index = first === '' ? 0 : fieldIndex(first);
  if (index >= 0) {
    throw new PyFormatError('IndexError', `Replacement index ${index} out of range for positional args tuple`);
  }
  if (!Object.prototype.hasOwnProperty.call(kwargs, first)) {
    throw new PyFormatError('KeyError', pyStrRepr(first));
  }
  const value = kwargs[first];
  if (value === undefined) throw new PyFormatError('KeyError', pyStrRepr(first));
  if (rest !== '') {
    checkAccessor(rest);
    throw new PyFormatUnsupportedError(`attribute/index access in format field '${fieldName}' is not supported`);
  }
  return value;
}

/** The syntax errors Python reports for the first `.attr` / `[key]` accessor. */
function checkAccessor(rest: string): void {
  let name: string;
  if (rest.startsWith('[')) {
    const close = rest.indexOf(']');
    if (close < 0) throw valueError("Missing ']' in format string");
    name = rest.slice(1, close);
    fieldIndex(name);
  } else {
    const end = rest.slice(1).search(/[.[]/);
    name = end < 0 ? rest.slice(1) : rest.slice(1, end + 1);
  }
  if (name === '') throw valueError('Empty attribute in format string');
}
