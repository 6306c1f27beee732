/**
 * Parses the tokens of pasted Python into statements, for the subset that
 * constructs Keras callbacks: assignments, expression statements, `def`s,
 * `if`/`elif`/`else` and `return`. Other statements are skipped with their
 * blocks still read, so that calls inside them are found. A line it cannot
 * read becomes an `unread` statement, reported only if it matters.
 */
import type { PyExpr, PyStatement } from './pythonAst';
import { ExpressionParser, SyntaxProblem } from './pythonExpressions';
import type { LineProblem, Token } from './pythonTokens';

const COMPOUND = new Set(['class', 'for', 'while', 'with', 'try', 'except', 'finally', 'else', 'elif', 'async', 'match', 'case']);

export class PythonParser extends ExpressionParser {
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
}

export function parsePython(tokens: readonly Token[]): PyStatement[] {
  return new PythonParser(tokens).parseModule();
}
