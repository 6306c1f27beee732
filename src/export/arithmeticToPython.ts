/** Writes the arithmetic tree as a Python expression, with only the parentheses Python needs. */
import { pyFloatRepr } from '../callbacks/format/pythonRepr';
import { MATH_FUNCTIONS, type Arithmetic } from './arithmetic';

/** Python's binding strength, loosest first (the language reference's precedence table). */
const P = { conditional: 1, or: 2, and: 3, not: 4, compare: 5, additive: 6, multiplicative: 7, unary: 8, power: 9, atom: 10 } as const;

export function pythonNumber(value: number): string {
  return Number.isInteger(value) && Math.abs(value) < 1e16 ? String(value) : pyFloatRepr(value);
}

function precedence(node: Arithmetic): number {
  switch (node.kind) {
    case 'number':
      return node.value < 0 || Object.is(node.value, -0) ? P.unary : P.atom;
    case 'param':
    case 'constant':
    case 'call':
      return P.atom;
    case 'unary':
      return node.op === 'not' ? P.not : P.unary;
    case 'binary':
      if (node.op === '%') return P.atom;
      if (node.op === '**') return P.power;
      return node.op === '+' || node.op === '-' ? P.additive : P.multiplicative;
    case 'compare':
      return P.compare;
    case 'logical':
      return node.op === 'or' ? P.or : P.and;
    case 'conditional':
      return P.conditional;
  }
}

/** `node` written so that it binds at least as tightly as `minimum`. */
function at(node: Arithmetic, minimum: number): string {
  const text = pythonExpression(node);
  return precedence(node) < minimum ? `(${text})` : text;
}

export function pythonExpression(node: Arithmetic): string {
  switch (node.kind) {
    case 'number':
      return pythonNumber(node.value);
    case 'param':
      return node.name;
    case 'constant':
      return node.name === 'PI' ? 'math.pi' : 'math.e';
    case 'call':
      return `${MATH_FUNCTIONS[node.fn].python}(${node.args.map((arg) => at(arg, P.conditional)).join(', ')})`;
    case 'unary': {
      if (node.op === 'not') return `not ${at(node.operand, P.not)}`;
      const operand = at(node.operand, P.unary);
      return `${node.op}${/^[-+]/.test(operand) ? `(${operand})` : operand}`;
    }
    case 'binary': {
      if (node.op === '%') return `math.fmod(${at(node.left, P.conditional)}, ${at(node.right, P.conditional)})`;
      if (node.op === '**') return `${at(node.left, P.atom)} ** ${at(node.right, P.unary)}`;
      const level = precedence(node);
      return `${at(node.left, level)} ${node.op} ${at(node.right, level + 1)}`;
    }
    case 'compare':
      return `${at(node.left, P.compare + 1)} ${node.op} ${at(node.right, P.compare + 1)}`;
    case 'logical': {
      const level = precedence(node);
      return `${at(node.left, level)} ${node.op} ${at(node.right, level + 1)}`;
    }
    case 'conditional':
      return `${at(node.then, P.or)} if ${at(node.test, P.or)} else ${at(node.otherwise, P.conditional)}`;
  }
}

/** Whether the expression needs `import math`. */
export function usesMathModule(node: Arithmetic): boolean {
  switch (node.kind) {
    case 'number':
    case 'param':
      return false;
    case 'constant':
      return true;
    case 'call':
      return MATH_FUNCTIONS[node.fn].python.startsWith('math.') || node.args.some(usesMathModule);
    case 'unary':
      return usesMathModule(node.operand);
    case 'binary':
    case 'compare':
    case 'logical':
      return node.op === '%' || usesMathModule(node.left) || usesMathModule(node.right);
    case 'conditional':
      return usesMathModule(node.test) || usesMathModule(node.then) || usesMathModule(node.otherwise);
  }
}
