/**
 * Python's expression grammar over the tokens, from `lambda` down to atoms:
 * conditionals, and/or/not, comparisons, arithmetic, calls with positional,
 * keyword and starred arguments, attributes, subscripts, lists, tuples and
 * literals. What the import has no use for still parses, as `other`.
 */
import type { Keyword, PyExpr } from './pythonAst';
import type { Token } from './pythonTokens';

export class SyntaxProblem extends Error {
  constructor(
    message: string,
    readonly line: number,
  ) {
    super(message);
  }
}

/** Far deeper than real code; stops before the stack runs out. */
const MAX_NESTING = 200;

const COMPARISONS = new Set(['<', '>', '<=', '>=', '==', '!=']);

/** A cursor over the tokens, with the expression grammar; the statement parser builds on it. */
export class ExpressionParser {
  protected at = 0;
  private nesting = 0;

  constructor(protected readonly tokens: readonly Token[]) {}

  protected peek(offset = 0): Token {
    return this.tokens[Math.min(this.at + offset, this.tokens.length - 1)] as Token;
  }

  protected is(kind: Token['kind'], text?: string): boolean {
    const token = this.peek();
    return token.kind === kind && (text === undefined || ('text' in token && token.text === text));
  }

  protected isOp(text: string): boolean {
    return this.is('op', text);
  }

  protected isWord(text: string): boolean {
    return this.is('name', text);
  }

  protected fail(message: string): never {
    throw new SyntaxProblem(message, this.peek().line);
  }

  protected expectOp(text: string): void {
    if (!this.isOp(text)) this.fail(`expected "${text}"`);
    this.at++;
  }

  protected name(): string {
    const token = this.peek();
    if (token.kind !== 'name') this.fail('expected a name');
    this.at++;
    return token.text;
  }

  expression(): PyExpr {
    if (++this.nesting > MAX_NESTING) this.fail(`nested more than ${MAX_NESTING} levels deep`);
    try {
      return this.unnestedExpression();
    } finally {
      this.nesting--;
    }
  }

  private unnestedExpression(): PyExpr {
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
