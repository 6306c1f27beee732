/**
 * Parses the tokens of pasted Python into statements and expressions, for
 * the subset that constructs Keras callbacks: assignments, calls with
 * positional and keyword arguments, lists and tuples, literals, arithmetic,
 * conditionals, lambdas, and `def`s whose body returns a value. A line it
 * cannot read becomes an `unread` statement, reported only if it matters.
 */
import type { LineProblem, Token } from './pythonTokens';

export interface Keyword {
  name: string;
  value: PyExpr;
  line: number;
}

export type PyExpr =
  | { kind: 'name'; name: string; line: number }
  | { kind: 'number'; value: number; isInteger: boolean; line: number }
  | { kind: 'string'; value: string; formatted: boolean; line: number }
  | { kind: 'constant'; value: boolean | null; line: number }
  | { kind: 'attribute'; object: PyExpr; name: string; line: number }
  | { kind: 'call'; callee: PyExpr; args: PyExpr[]; keywords: Keyword[]; starred: boolean; line: number }
  | { kind: 'list'; items: PyExpr[]; line: number }
  | { kind: 'unary'; op: '-' | '+' | 'not' | '~'; operand: PyExpr; line: number }
  | { kind: 'binary'; op: string; left: PyExpr; right: PyExpr; line: number }
  | { kind: 'compare'; ops: string[]; operands: PyExpr[]; line: number }
  | { kind: 'boolean'; op: 'and' | 'or'; left: PyExpr; right: PyExpr; line: number }
  | { kind: 'conditional'; test: PyExpr; then: PyExpr; otherwise: PyExpr; line: number }
  | { kind: 'lambda'; params: string[]; body: PyExpr; line: number }
  | { kind: 'other'; what: string; parts: PyExpr[]; line: number };

export type PyStatement =
  | { kind: 'assign'; targets: string[]; value: PyExpr; line: number }
  | { kind: 'expression'; value: PyExpr; line: number }
  | { kind: 'def'; name: string; params: string[]; body: PyStatement[]; line: number }
  | { kind: 'return'; value: PyExpr | null; line: number }
  | { kind: 'if'; test: PyExpr; body: PyStatement[]; otherwise: PyStatement[]; line: number }
  | { kind: 'pass'; line: number }
  /** Any other statement; `body` holds its indented block, if any, so calls inside are still found. */
  | { kind: 'other'; what: string; name?: string; body: PyStatement[]; line: number }
  | { kind: 'unread'; problem: LineProblem; names: string[]; line: number };

class SyntaxProblem extends Error {
  constructor(
    message: string,
    readonly line: number,
  ) {
    super(message);
  }
}

const COMPARISONS = new Set(['<', '>', '<=', '>=', '==', '!=']);
const COMPOUND = new Set(['class', 'for', 'while', 'with', 'try', 'except', 'finally', 'else', 'elif', 'async', 'match', 'case']);

export class PythonParser {
  private at = 0;

  constructor(private readonly tokens: readonly Token[]) {}

  parseModule(): PyStatement[] {
    const statements: PyStatement[] = [];
    while (!this.is('end')) {
      if (this.is('newline') || this.is('indent') || this.is('dedent')) {
        this.at++;
        continue;
      }
      statements.push(this.statement());
    }
    return statements;
  }

  private peek(offset = 0): Token {
    return this.tokens[Math.min(this.at + offset, this.tokens.length - 1)] as Token;
  }

  private is(kind: Token['kind'], text?: string): boolean {
    const token = this.peek();
    return token.kind === kind && (text === undefined || ('text' in token && token.text === text));
  }

  private isOp(text: string): boolean {
    return this.is('op', text);
  }

  private isWord(text: string): boolean {
    return this.is('name', text);
  }

  private fail(message: string): never {
    throw new SyntaxProblem(message, this.peek().line);
  }

  private expectOp(text: string): void {
    if (!this.isOp(text)) this.fail(`expected "${text}"`);
    this.at++;
  }

  private name(): string {
    const token = this.peek();
    if (token.kind !== 'name') this.fail('expected a name');
    this.at++;
    return token.text;
  }

  private statement(): PyStatement {
    const start = this.at;
    const line = this.peek().line;
    try {
      if (this.isWord('def')) return this.def();
      if (this.isWord('if')) return this.ifStatement();
      if (this.isWord('return')) {
        this.at++;
        const value = this.is('newline') ? null : this.expressionList();
        this.endOfStatement();
        return { kind: 'return', value, line };
      }
      if (this.isWord('pass')) {
        this.at++;
        this.endOfStatement();
        return { kind: 'pass', line };
      }
      const word = this.peek();
      if (word.kind === 'name' && (COMPOUND.has(word.text) || ['import', 'from', 'global', 'nonlocal', 'del', 'assert', 'raise'].includes(word.text))) {
        return this.other(word.text);
      }
      if (this.isOp('@')) return this.other('decorator');
      return this.simple();
    } catch (error) {
      if (!(error instanceof SyntaxProblem)) throw error;
      this.at = start;
      return this.unread({ line: error.line, message: error.message });
    }
  }

  /** Skips the rest of a statement it cannot read, with its block, keeping the names in it. */
  private unread(problem: LineProblem): PyStatement {
    const line = this.peek().line;
    const names: string[] = [];
    while (!this.is('newline') && !this.is('end')) {
      const token = this.peek();
      if (token.kind === 'name') names.push(token.text);
      this.at++;
    }
    if (this.is('newline')) this.at++;
    if (this.is('indent')) this.block();
    return { kind: 'unread', problem, names, line };
  }

  private endOfStatement(): void {
    if (this.isOp(';')) this.at++;
    if (this.is('newline')) this.at++;
    else if (!this.is('end') && !this.is('dedent')) this.fail('unexpected text after the end of the statement');
  }

  private simple(): PyStatement {
    const line = this.peek().line;
    const first = this.expressionList();
    if (!this.isOp('=')) {
      if (this.is('op') && /^[-+*/%@&|^<>]+=$|^\*\*=$|^\/\/=$/.test((this.peek() as { text: string }).text)) {
        this.at++;
        const value = this.expressionList();
        this.endOfStatement();
        return { kind: 'other', what: 'augmented assignment', body: [{ kind: 'expression', value, line }], line };
      }
      if (this.isOp(':')) return this.other('annotation');
      this.endOfStatement();
      return { kind: 'expression', value: first, line };
    }
    const targets = [first];
    let value = first;
    while (this.isOp('=')) {
      this.at++;
      value = this.expressionList();
      targets.push(value);
    }
    this.endOfStatement();
    const names = targets.slice(0, -1).flatMap((target) => (target.kind === 'name' ? [target.name] : []));
    return { kind: 'assign', targets: names, value, line };
  }

  /** A statement read only for the block it holds: its header is skipped. */
  private other(what: string): PyStatement {
    const line = this.peek().line;
    const next = this.peek(1);
    const name = what === 'class' && next.kind === 'name' ? next.text : undefined;
    let depth = 0;
    while (!this.is('end') && !(this.is('newline') && depth === 0)) {
      if (this.isOp(':') && depth === 0 && this.peek(1).kind === 'newline' && this.peek(2).kind === 'indent') {
        this.at++;
        return { kind: 'other', what, ...(name ? { name } : {}), body: this.suite(), line };
      }
      if (this.is('op') && ['(', '[', '{'].includes((this.peek() as { text: string }).text)) depth++;
      if (this.is('op') && [')', ']', '}'].includes((this.peek() as { text: string }).text)) depth--;
      this.at++;
    }
    if (this.is('newline')) this.at++;
    return { kind: 'other', what, ...(name ? { name } : {}), body: [], line };
  }

  private block(): PyStatement[] {
    this.at++;
    const body: PyStatement[] = [];
    while (!this.is('dedent') && !this.is('end')) {
      if (this.is('newline')) this.at++;
      else if (this.is('indent')) body.push(...this.block());
      else body.push(this.statement());
    }
    if (this.is('dedent')) this.at++;
    return body;
  }

  /** After a `:`, either an indented block or statements on the same line. */
  private suite(): PyStatement[] {
    if (this.is('newline')) {
      this.at++;
      if (!this.is('indent')) this.fail('expected an indented block');
      return this.block();
    }
    return [this.statement()];
  }

  private def(): PyStatement {
    const line = this.peek().line;
    this.at++;
    const name = this.name();
    this.expectOp('(');
    const params: string[] = [];
    while (!this.isOp(')')) {
      if (this.isOp('*') || this.isOp('**') || this.isOp('/')) this.fail('only plain parameters are supported');
      params.push(this.name());
      if (this.isOp('=')) {
        this.at++;
        this.expression();
      }
      if (this.isOp(':')) this.fail('parameter annotations are not supported');
      if (!this.isOp(')')) this.expectOp(',');
    }
    this.at++;
    if (this.isOp('->')) {
      this.at++;
      this.expression();
    }
    this.expectOp(':');
    return { kind: 'def', name, params, body: this.suite(), line };
  }

  private ifStatement(): PyStatement {
    const line = this.peek().line;
    this.at++;
    const test = this.expression();
    this.expectOp(':');
    const body = this.suite();
    let otherwise: PyStatement[] = [];
    if (this.isWord('elif')) otherwise = [this.ifStatement()];
    else if (this.isWord('else')) {
      this.at++;
      this.expectOp(':');
      otherwise = this.suite();
    }
    return { kind: 'if', test, body, otherwise, line };
  }

  /** `a, b` reads as a tuple, as in Python. */
  private expressionList(): PyExpr {
    const line = this.peek().line;
    const first = this.expression();
    if (!this.isOp(',')) return first;
    const items = [first];
    while (this.isOp(',')) {
      this.at++;
      if (this.is('newline') || this.isOp('=') || this.is('end')) break;
      items.push(this.expression());
    }
    return { kind: 'list', items, line };
  }

  expression(): PyExpr {
    const line = this.peek().line;
    if (this.isWord('lambda')) {
      this.at++;
      const params: string[] = [];
      while (!this.isOp(':')) {
        params.push(this.name());
        if (!this.isOp(':')) this.expectOp(',');
      }
      this.at++;
      return { kind: 'lambda', params, body: this.expression(), line };
    }
    const value = this.or();
    if (!this.isWord('if')) return value;
    this.at++;
    const test = this.or();
    if (!this.isWord('else')) this.fail('expected "else" in a conditional expression');
    this.at++;
    return { kind: 'conditional', test, then: value, otherwise: this.expression(), line };
  }

  private or(): PyExpr {
    let left = this.and();
    while (this.isWord('or')) {
      this.at++;
      left = { kind: 'boolean', op: 'or', left, right: this.and(), line: left.line };
    }
    return left;
  }

  private and(): PyExpr {
    let left = this.not();
    while (this.isWord('and')) {
      this.at++;
      left = { kind: 'boolean', op: 'and', left, right: this.not(), line: left.line };
    }
    return left;
  }

  private not(): PyExpr {
    if (!this.isWord('not')) return this.comparison();
    const line = this.peek().line;
    this.at++;
    return { kind: 'unary', op: 'not', operand: this.not(), line };
  }

  private comparison(): PyExpr {
    const first = this.bitwise();
    const ops: string[] = [];
    const operands = [first];
    for (;;) {
      const token = this.peek();
      if (token.kind === 'op' && COMPARISONS.has(token.text)) ops.push(token.text);
      else if (token.kind === 'name' && (token.text === 'in' || token.text === 'is')) ops.push(token.text);
      else if (token.kind === 'name' && token.text === 'not' && this.peek(1).kind === 'name' && (this.peek(1) as { text: string }).text === 'in') ops.push('not in');
      else break;
      this.at += ops.at(-1) === 'not in' ? 2 : 1;
      if (ops.at(-1) === 'is' && this.isWord('not')) this.at++;
      operands.push(this.bitwise());
    }
    return ops.length === 0 ? first : { kind: 'compare', ops, operands, line: first.line };
  }

  private binaryLevel(operators: readonly string[], next: () => PyExpr): PyExpr {
    let left = next();
    while (this.is('op') && operators.includes((this.peek() as { text: string }).text)) {
      const op = (this.peek() as { text: string }).text;
      this.at++;
      left = { kind: 'binary', op, left, right: next(), line: left.line };
    }
    return left;
  }

  private bitwise(): PyExpr {
    return this.binaryLevel(['|', '^', '&', '<<', '>>'], () => this.arithmetic());
  }

  private arithmetic(): PyExpr {
    return this.binaryLevel(['+', '-'], () => this.term());
  }

  private term(): PyExpr {
    return this.binaryLevel(['*', '/', '//', '%', '@'], () => this.factor());
  }

  private factor(): PyExpr {
    const token = this.peek();
    if (token.kind === 'op' && (token.text === '-' || token.text === '+' || token.text === '~')) {
      this.at++;
      return { kind: 'unary', op: token.text, operand: this.factor(), line: token.line };
    }
    const base = this.primary();
    if (!this.isOp('**')) return base;
    this.at++;
    return { kind: 'binary', op: '**', left: base, right: this.factor(), line: base.line };
  }

  private primary(): PyExpr {
    let value = this.atom();
    for (;;) {
      if (this.isOp('.')) {
        this.at++;
        value = { kind: 'attribute', object: value, name: this.name(), line: value.line };
      } else if (this.isOp('(')) {
        value = this.call(value);
      } else if (this.isOp('[')) {
        this.at++;
        const parts = [value];
        while (!this.isOp(']')) {
          if (this.isOp(':') || this.isOp(',')) this.at++;
          else parts.push(this.expression());
        }
        this.at++;
        value = { kind: 'other', what: 'a subscript', parts, line: value.line };
      } else {
        return value;
      }
    }
  }

  private call(callee: PyExpr): PyExpr {
    this.at++;
    const args: PyExpr[] = [];
    const keywords: Keyword[] = [];
    let starred = false;
    while (!this.isOp(')')) {
      const line = this.peek().line;
      if (this.isOp('*') || this.isOp('**')) {
        this.at++;
        starred = true;
        args.push(this.expression());
      } else if (this.peek().kind === 'name' && this.peek(1).kind === 'op' && (this.peek(1) as { text: string }).text === '=') {
        const name = this.name();
        this.at++;
        keywords.push({ name, value: this.expression(), line });
      } else {
        if (keywords.length > 0) this.fail('a positional argument follows a keyword argument');
        args.push(this.expression());
        if (this.isWord('for')) this.fail('generator expressions are not supported');
      }
      if (!this.isOp(')')) this.expectOp(',');
    }
    this.at++;
    return { kind: 'call', callee, args, keywords, starred, line: callee.line };
  }

  private atom(): PyExpr {
    const token = this.peek();
    this.at++;
    if (token.kind === 'number') return { kind: 'number', value: token.value, isInteger: token.isInteger, line: token.line };
    if (token.kind === 'string') {
      let { value, formatted } = token;
      for (let next = this.peek(); next.kind === 'string'; next = this.peek()) {
        value += next.value;
        formatted ||= next.formatted;
        this.at++;
      }
      return { kind: 'string', value, formatted, line: token.line };
    }
    if (token.kind === 'name') {
      if (token.text === 'True' || token.text === 'False') return { kind: 'constant', value: token.text === 'True', line: token.line };
      if (token.text === 'None') return { kind: 'constant', value: null, line: token.line };
      return { kind: 'name', name: token.text, line: token.line };
    }
    if (token.kind === 'op' && (token.text === '(' || token.text === '[' || token.text === '{')) return this.collection(token.text, token.line);
    if (token.kind === 'op' && token.text === '...') return { kind: 'other', what: 'an ellipsis', parts: [], line: token.line };
    this.at--;
    return this.fail(token.kind === 'op' ? `unexpected "${token.text}"` : 'unexpected end of the line');
  }

  private collection(open: string, line: number): PyExpr {
    const close = { '(': ')', '[': ']', '{': '}' }[open] as string;
    const items: PyExpr[] = [];
    let commas = 0;
    while (!this.isOp(close)) {
      if (this.isOp('**') || this.isOp('*')) this.at++;
      items.push(this.expression());
      if (this.isOp(':')) {
        this.at++;
        items.push(this.expression());
      }
      if (this.isWord('for')) this.fail('comprehensions are not supported');
      if (!this.isOp(close)) {
        this.expectOp(',');
        commas++;
      }
    }
    this.at++;
    if (open === '(' && items.length === 1 && commas === 0) return items[0] as PyExpr;
    if (open === '{') return { kind: 'other', what: 'a dict or set', parts: items, line };
    return { kind: 'list', items, line };
  }
}

export function parsePython(tokens: readonly Token[]): PyStatement[] {
  return new PythonParser(tokens).parseModule();
}
