/** Writes the arithmetic tree as JavaScript, with only the parentheses JavaScript needs. */
import type { Arithmetic, ArithmeticFunction } from './arithmetic';

/** JavaScript's binding strength, loosest first (MDN's operator precedence table). */
const P = { conditional: 2, or: 3, and: 4, equality: 7, relational: 8, additive: 10, multiplicative: 11, power: 12, unary: 13, call: 17, atom: 18 } as const;

const JS_COMPARE = { '<': '<', '<=': '<=', '>': '>', '>=': '>=', '==': '===', '!=': '!==' } as const;

function precedence(node: Arithmetic): number {
  switch (node.kind) {
    case 'number':
      return node.value < 0 || Object.is(node.value, -0) ? P.unary : P.atom;
    case 'param':
      return P.atom;
    case 'constant':
    case 'call':
      return P.call;
    case 'unary':
      return P.unary;
    case 'binary':
      if (node.op === '**') return P.power;
      return node.op === '+' || node.op === '-' ? P.additive : P.multiplicative;
    case 'compare':
      return node.op === '==' || node.op === '!=' ? P.equality : P.relational;
    case 'logical':
      return node.op === 'or' ? P.or : P.and;
    case 'conditional':
      return P.conditional;
  }
}

function at(node: Arithmetic, minimum: number): string {
  const text = jsExpression(node);
  return precedence(node) < minimum ? `(${text})` : text;
}

export function jsExpression(node: Arithmetic): string {
  switch (node.kind) {
    case 'number':
      return String(node.value);
    case 'param':
      return node.name;
    case 'constant':
      return `Math.${node.name}`;
    case 'call':
      return `Math.${node.fn}(${node.args.map((arg) => at(arg, P.conditional)).join(', ')})`;
    case 'unary': {
      const operand = at(node.operand, P.unary);
      const op = node.op === 'not' ? '!' : node.op;
      return `${op}${/^[-+]/.test(operand) ? `(${operand})` : operand}`;
    }
    case 'binary': {
      // The base of ** may not be a unary expression in JavaScript.
      if (node.op === '**') return `${at(node.left, P.call)} ** ${at(node.right, P.power)}`;
      const level = precedence(node);
      return `${at(node.left, level)} ${node.op} ${at(node.right, level + 1)}`;
    }
    case 'compare': {
      // Stricter than JavaScript needs: `a < b === c` would read as Python's chained comparison.
      const operand = P.relational + 1;
      return `${at(node.left, operand)} ${JS_COMPARE[node.op]} ${at(node.right, operand)}`;
    }
    case 'logical': {
      const level = precedence(node);
      return `${at(node.left, level)} ${node.op === 'or' ? '||' : '&&'} ${at(node.right, level + 1)}`;
    }
    case 'conditional':
      return `${at(node.test, P.or)} ? ${at(node.then, P.conditional)} : ${at(node.otherwise, P.conditional)}`;
  }
}

export function jsFunction(fn: ArithmeticFunction): string {
  return `(${fn.params.join(', ')}) => ${jsExpression(fn.body)}`;
}
