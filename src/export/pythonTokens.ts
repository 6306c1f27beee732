/**
 * Splits pasted Python into tokens the way Python's own tokenizer does, for
 * the subset the Keras import reads: names, numbers, strings (with prefixes,
 * escapes, triple quotes and implicit line joining), operators, and the
 * NEWLINE / INDENT / DEDENT structure of logical lines. Nothing is executed.
 */

export type Token =
  | { kind: 'name'; text: string; line: number }
  | { kind: 'number'; value: number; isInteger: boolean; text: string; line: number }
  /** `formatted`: an f-string, whose value here is its template, unformatted. */
  | { kind: 'string'; value: string; formatted: boolean; line: number }
  | { kind: 'op'; text: string; line: number }
  | { kind: 'newline' | 'indent' | 'dedent' | 'end'; line: number };

export interface LineProblem {
  /** 1-based line in the pasted text. */
  line: number;
  message: string;
}

/** Longest first, so that `**` wins over `*`. */
const OPERATORS = [
  '**=', '//=', '>>=', '<<=', '...', '->', ':=', '**', '//', '==', '!=', '<=', '>=', '<<', '>>', '+=', '-=', '*=', '/=', '%=', '&=',
  '|=', '^=', '@=', '+', '-', '*', '/', '%', '@', '<', '>', '=', '.', ',', ':', ';', '(', ')', '[', ']', '{', '}', '~', '&', '|', '^',
];
const OPENING = new Set(['(', '[', '{']);
const CLOSING = new Set([')', ']', '}']);

const SIMPLE_ESCAPES: Record<string, string> = { '\\': '\\', "'": "'", '"': '"', n: '\n', t: '\t', r: '\r', a: '\x07', b: '\b', f: '\f', v: '\v' };

const NAME_START = /[\p{L}\p{Nl}_]/u;
const NAME_PART = /[\p{L}\p{Nl}\p{Mn}\p{Mc}\p{Nd}\p{Pc}_]/u;
const NUMBER = /^(?:0[xX](?:_?[0-9a-fA-F])+|0[oO](?:_?[0-7])+|0[bB](?:_?[01])+|(?:\d(?:_?\d)*(?:\.(?:\d(?:_?\d)*)?)?|\.\d(?:_?\d)*)(?:[eE][+-]?\d(?:_?\d)*)?)[jJ]?/;

export class PythonTokenizer {
  readonly tokens: Token[] = [];
  readonly problems: LineProblem[] = [];
  private index = 0;
  private line = 1;
  private depth = 0;
  private readonly indents = [0];

  constructor(private readonly text: string) {}

  run(): this {
    let lineStart = true;
    while (this.index < this.text.length) {
      if (lineStart && this.depth === 0) this.indentation();
      lineStart = false;
      const char = this.text[this.index];
      if (char === undefined) break;
      if (char === '\n') {
        this.endLine();
        lineStart = true;
      } else if (char === ' ' || char === '\t' || char === '\f' || char === '\r') {
        this.index++;
      } else if (char === '#') {
        while (this.index < this.text.length && this.text[this.index] !== '\n') this.index++;
      } else if (char === '\\' && /^\\\r?\n/.test(this.text.slice(this.index, this.index + 3))) {
        this.index += this.text[this.index + 1] === '\r' ? 3 : 2;
        this.line++;
      } else {
        this.token(char);
      }
    }
    this.push({ kind: 'newline', line: this.line });
    while (this.indents.length > 1) {
      this.indents.pop();
      this.tokens.push({ kind: 'dedent', line: this.line });
    }
    this.tokens.push({ kind: 'end', line: this.line });
    return this;
  }

  /** Adds a token; a NEWLINE only ends a line that holds something. */
  private push(token: Token): void {
    const last = this.tokens.at(-1);
    if (token.kind === 'newline' && (!last || last.kind === 'newline' || last.kind === 'indent' || last.kind === 'dedent')) return;
    this.tokens.push(token);
  }

  private endLine(): void {
    if (this.depth === 0) this.push({ kind: 'newline', line: this.line });
    this.index++;
    this.line++;
  }

  private indentation(): void {
    let width = 0;
    let at = this.index;
    for (; at < this.text.length; at++) {
      const char = this.text[at];
      if (char === ' ') width++;
      else if (char === '\t') width = (Math.floor(width / 8) + 1) * 8;
      else if (char !== '\f') break;
    }
    const next = this.text[at];
    this.index = at;
    if (next === undefined || next === '\n' || next === '\r' || next === '#') return;
    const current = this.indents.at(-1) as number;
    if (width > current) {
      this.indents.push(width);
      this.tokens.push({ kind: 'indent', line: this.line });
      return;
    }
    while (width < (this.indents.at(-1) as number)) {
      this.indents.pop();
      this.tokens.push({ kind: 'dedent', line: this.line });
    }
    if (width !== this.indents.at(-1)) {
      this.problems.push({ line: this.line, message: 'the indentation does not match any outer level' });
      this.indents.push(width);
    }
  }

  private token(char: string): void {
    const prefix = /^[rRuUbBfF]{0,2}(?='|")/.exec(this.text.slice(this.index, this.index + 3))?.[0];
    if (prefix !== undefined && (prefix.length > 0 || char === '"' || char === "'")) return this.string(prefix);
    const number = NUMBER.exec(this.text.slice(this.index, this.index + 400));
    if (number && number[0] !== '' && /[\d.]/.test(char) && number[0] !== '.') return this.number(number[0]);
    if (NAME_START.test(char)) {
      let end = this.index + char.length;
      while (end < this.text.length && NAME_PART.test(this.text[end] as string)) end++;
      this.tokens.push({ kind: 'name', text: this.text.slice(this.index, end), line: this.line });
      this.index = end;
      return;
    }
    const op = OPERATORS.find((candidate) => this.text.startsWith(candidate, this.index));
    if (op) {
      if (OPENING.has(op)) this.depth++;
      if (CLOSING.has(op)) this.depth = Math.max(0, this.depth - 1);
      this.tokens.push({ kind: 'op', text: op, line: this.line });
      this.index += op.length;
      return;
    }
    this.problems.push({ line: this.line, message: `unexpected character ${JSON.stringify(char)}` });
    this.index++;
  }

  private number(text: string): void {
    const line = this.line;
    this.index += text.length;
    if (/[jJ]$/.test(text)) {
      this.problems.push({ line, message: `the complex number ${text} is not supported` });
      this.tokens.push({ kind: 'number', value: Number.NaN, isInteger: false, text, line });
      return;
    }
    const plain = text.replaceAll('_', '');
    const isInteger = /^0[xXoObB]/.test(plain) || !/[.eE]/.test(plain);
    this.tokens.push({ kind: 'number', value: Number(plain), isInteger, text, line });
  }

  private string(prefix: string): void {
    const line = this.line;
    const raw = /[rR]/.test(prefix);
    this.index += prefix.length;
    const quote = this.text.startsWith(this.text[this.index]?.repeat(3) ?? '', this.index) ? (this.text[this.index] as string).repeat(3) : (this.text[this.index] as string);
    this.index += quote.length;
    let value = '';
    for (;;) {
      if (this.index >= this.text.length || (quote.length === 1 && this.text[this.index] === '\n')) {
        this.problems.push({ line, message: 'a string is not closed' });
        break;
      }
      if (this.text.startsWith(quote, this.index)) {
        this.index += quote.length;
        break;
      }
      const char = this.text[this.index] as string;
      if (char === '\\') {
        value += raw ? this.rawEscape() : this.escape();
        continue;
      }
      if (char === '\n') this.line++;
      value += char;
      this.index++;
    }
    this.tokens.push({ kind: 'string', value, formatted: /[fF]/.test(prefix), line });
  }

  private rawEscape(): string {
    const pair = this.text.slice(this.index, this.index + 2);
    this.index += pair.length;
    if (pair.endsWith('\n')) this.line++;
    return pair;
  }

  private escape(): string {
    const next = this.text[this.index + 1] ?? '';
    this.index += 2;
    if (next === '\n') {
      this.line++;
      return '';
    }
    const simple = SIMPLE_ESCAPES[next];
    if (simple !== undefined) return simple;
    const hexLength = { x: 2, u: 4, U: 8 }[next];
    if (hexLength !== undefined) {
      const digits = this.text.slice(this.index, this.index + hexLength);
      if (!new RegExp(`^[0-9a-fA-F]{${hexLength}}$`).test(digits)) {
        this.problems.push({ line: this.line, message: `\\${next} in a string needs ${hexLength} hex digits` });
        return '';
      }
      this.index += hexLength;
      const codePoint = parseInt(digits, 16);
      return codePoint <= 0x10ffff ? String.fromCodePoint(codePoint) : '';
    }
    const octal = /^[0-7]{1,3}/.exec(this.text.slice(this.index - 1, this.index + 2))?.[0];
    if (octal) {
      this.index += octal.length - 1;
      return String.fromCharCode(parseInt(octal, 8));
    }
    if (next === 'N') this.problems.push({ line: this.line, message: '\\N{...} escapes are not supported' });
    return `\\${next}`;
  }
}

export function tokenizePython(text: string): { tokens: Token[]; problems: LineProblem[] } {
  const tokenizer = new PythonTokenizer(text).run();
  return { tokens: tokenizer.tokens, problems: tokenizer.problems };
}
