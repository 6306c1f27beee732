/**
 * The tree the Python reader makes: the statements and expressions that
 * the Keras import looks at, each with its 1-based line.
 */
import type { LineProblem } from './pythonTokens';

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
