/**
 * Reads JSON text and, when it is not valid, says where and why in words a
 * person fixing a hand-edited file can act on. Engines word `JSON.parse`
 * errors differently and some give no position at all, so the position comes
 * from a small scanner of our own, run only after `JSON.parse` has failed.
 */
import type { ParseResult } from './parseResult';

export interface JsonSyntaxError {
  message: string;
  /** 1-based. */
  line: number;
  /** 1-based, in UTF-16 code units as editors count them. */
  column: number;
}

/** Deeper nesting than any setup has; the scanner stops there rather than exhaust the stack. */
const MAX_DEPTH = 256;

class ScanError extends Error {
  constructor(
    message: string,
    readonly index: number,
  ) {
    super(message);
  }
}

function describeChar(char: string | undefined): string {
  if (char === undefined) return 'the end of the text';
  if (char === '\n' || char === '\r') return 'a line break';
  return JSON.stringify(char);
}

class Scanner {
  index = 0;

  constructor(private readonly text: string) {}

  scanDocument(): void {
    this.skipSpace();
    if (this.index >= this.text.length) throw new ScanError('the text is empty', 0);
    this.scanValue(0);
    this.skipSpace();
    if (this.index < this.text.length) throw new ScanError('unexpected text after the end of the JSON value', this.index);
  }

  private peek(): string | undefined {
    return this.text[this.index];
  }

  private skipSpace(): void {
    for (let char = this.peek(); char === ' ' || char === '\n' || char === '\r' || char === '\t'; char = this.peek()) this.index++;
    if (this.text.startsWith('//', this.index) || this.text.startsWith('/*', this.index)) {
      throw new ScanError('comments are not allowed in JSON', this.index);
    }
  }

  private unexpected(expected: string): never {
    const char = this.peek();
    if (char === undefined) throw new ScanError(`unexpected end of the text (is a bracket or quote left open?); expected ${expected}`, this.index);
    if (char === "'") throw new ScanError(`single quotes are not JSON; use double quotes (expected ${expected})`, this.index);
    throw new ScanError(`unexpected ${describeChar(char)}; expected ${expected}`, this.index);
  }

  private scanValue(depth: number): void {
    if (depth > MAX_DEPTH) throw new ScanError(`nested more than ${MAX_DEPTH} levels deep`, this.index);
    const char = this.peek();
    if (char === '{') this.scanContainer(depth, '}', () => this.scanMember(depth));
    else if (char === '[') this.scanContainer(depth, ']', () => this.scanValue(depth + 1));
    else if (char === '"') this.scanString();
    else if (char === '-' || /^[0-9]$/.test(char ?? '')) this.scanNumber();
    else if (!this.scanWord()) this.unexpected('a value (an object, array, string, number, true, false or null)');
  }

  private scanContainer(depth: number, close: '}' | ']', scanItem: () => void): void {
    const what = close === '}' ? 'object' : 'array';
    this.index++;
    this.skipSpace();
    if (this.peek() === close) {
      this.index++;
      return;
    }
    for (;;) {
      scanItem();
      this.skipSpace();
      if (this.peek() === close) {
        this.index++;
        return;
      }
      if (this.peek() !== ',') this.unexpected(`"," or "${close}" after an item of the ${what}`);
      const comma = this.index;
      this.index++;
      this.skipSpace();
      if (this.peek() === close) throw new ScanError(`trailing comma before "${close}"`, comma);
    }
  }

  private scanMember(depth: number): void {
    if (this.peek() !== '"') this.unexpected('a property name in double quotes');
    this.scanString();
    this.skipSpace();
    if (this.peek() !== ':') this.unexpected('":" after the property name');
    this.index++;
    this.skipSpace();
    this.scanValue(depth + 1);
  }

  private scanString(): void {
    const start = this.index;
    this.index++;
    for (;;) {
      const char = this.peek();
      if (char === undefined) throw new ScanError('a string is not closed (missing ")', start);
      if (char === '"') break;
      if (char < ' ') throw new ScanError(`${describeChar(char)} inside a string; write it as an escape such as \\n`, this.index);
      if (char === '\\') {
        const escape = this.text[this.index + 1];
        if (escape === 'u') {
          if (!/^[0-9a-fA-F]{4}$/.test(this.text.slice(this.index + 2, this.index + 6))) {
            throw new ScanError('\\u must be followed by 4 hex digits', this.index);
          }
          this.index += 4;
        } else if (escape === undefined || !'"\\/bfnrt'.includes(escape)) {
          throw new ScanError(`invalid escape \\${escape ?? ''} in a string`, this.index);
        }
        this.index++;
      }
      this.index++;
    }
    this.index++;
  }

  private scanNumber(): void {
    const match = /^-?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?/.exec(this.text.slice(this.index, this.index + 400));
    if (!match || match[0] === '-') throw new ScanError('invalid number', this.index);
    this.index += match[0].length;
    if (/^[0-9A-Za-z.]$/.test(this.peek() ?? '')) throw new ScanError('invalid number (JSON numbers have no leading zeros, NaN or Infinity)', this.index);
  }

  private scanWord(): boolean {
    const word = /^[A-Za-z_$][A-Za-z0-9_$]*/.exec(this.text.slice(this.index, this.index + 100))?.[0];
    if (word === undefined) return false;
    if (word !== 'true' && word !== 'false' && word !== 'null') {
      const hint = word === 'NaN' || word.endsWith('Infinity') ? ' (JSON has no NaN or Infinity)' : '';
      throw new ScanError(`unexpected word ${word}${hint}; expected a value`, this.index);
    }
    this.index += word.length;
    return true;
  }
}

function position(text: string, index: number): { line: number; column: number } {
  const before = text.slice(0, index);
  const line = before.split('\n').length;
  return { line, column: index - before.lastIndexOf('\n') };
}

/** Where and why `text` is not JSON, or null when it is. */
export function findJsonSyntaxError(text: string): JsonSyntaxError | null {
  try {
    new Scanner(text).scanDocument();
    return null;
  } catch (error) {
    if (!(error instanceof ScanError)) throw error;
    return { message: error.message, ...position(text, error.index) };
  }
}

/** `JSON.parse` that never throws and locates what it rejects. */
export function parseJsonText(text: string): ParseResult<unknown> {
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch (error) {
    const found = findJsonSyntaxError(text);
    if (found) return { ok: false, problems: [{ path: '', message: `line ${found.line}, column ${found.column}: ${found.message}` }] };
    return { ok: false, problems: [{ path: '', message: `not valid JSON: ${error instanceof Error ? error.message : String(error)}` }] };
  }
}
