/**
 * The arithmetic that a learning-rate schedule can be written in and that
 * Plateau translates between JavaScript and Python: numbers, the function's
 * parameters, + - * / ** and remainder, comparisons, and/or/not, the
 * conditional, and a few `Math` functions. Both directions go through this
 * tree, so what one side writes the other side reads.
 */

export type CompareOp = '<' | '<=' | '>' | '>=' | '==' | '!=';
export type BinaryOp = '+' | '-' | '*' | '/' | '**' | '%';

export type Arithmetic =
  | { kind: 'number'; value: number }
  | { kind: 'param'; name: string }
  | { kind: 'constant'; name: 'PI' | 'E' }
  | { kind: 'unary'; op: '-' | '+' | 'not'; operand: Arithmetic }
  | { kind: 'binary'; op: BinaryOp; left: Arithmetic; right: Arithmetic }
  | { kind: 'compare'; op: CompareOp; left: Arithmetic; right: Arithmetic }
  | { kind: 'logical'; op: 'and' | 'or'; left: Arithmetic; right: Arithmetic }
  | { kind: 'conditional'; test: Arithmetic; then: Arithmetic; otherwise: Arithmetic }
  | { kind: 'call'; fn: MathFunction; args: Arithmetic[] };

/** A function of arithmetic: `(epoch, lr) => body`. */
export interface ArithmeticFunction {
  params: string[];
  body: Arithmetic;
}

/**
 * JavaScript's `Math` functions and their Python spelling. `math.pow` (not
 * `**`) and `math.fmod` (not `%`) keep JavaScript's float semantics: Python's
 * `%` takes the divisor's sign, and `**` of a negative base gives a complex.
 */
export const MATH_FUNCTIONS = {
  exp: { python: 'math.exp', arity: [1, 1] },
  pow: { python: 'math.pow', arity: [2, 2] },
  floor: { python: 'math.floor', arity: [1, 1] },
  ceil: { python: 'math.ceil', arity: [1, 1] },
  trunc: { python: 'math.trunc', arity: [1, 1] },
  sqrt: { python: 'math.sqrt', arity: [1, 1] },
  log: { python: 'math.log', arity: [1, 1] },
  log10: { python: 'math.log10', arity: [1, 1] },
  log2: { python: 'math.log2', arity: [1, 1] },
  cos: { python: 'math.cos', arity: [1, 1] },
  sin: { python: 'math.sin', arity: [1, 1] },
  tan: { python: 'math.tan', arity: [1, 1] },
  tanh: { python: 'math.tanh', arity: [1, 1] },
  abs: { python: 'abs', arity: [1, 1] },
  min: { python: 'min', arity: [2, Infinity] },
  max: { python: 'max', arity: [2, Infinity] },
} as const satisfies Record<string, { python: string; arity: readonly [number, number] }>;

export type MathFunction = keyof typeof MATH_FUNCTIONS;

export function isMathFunction(name: string): name is MathFunction {
  return Object.hasOwn(MATH_FUNCTIONS, name);
}

export function arityFits(fn: MathFunction, count: number): boolean {
  const [low, high] = MATH_FUNCTIONS[fn].arity;
  return count >= low && count <= high;
}

/** Names neither language may use for a parameter without clashing with a keyword or a function used here. */
const RESERVED = new Set([
  // Python keywords and the builtins and modules the translation uses
  'False', 'None', 'True', 'and', 'as', 'assert', 'async', 'await', 'break', 'class', 'continue', 'def', 'del', 'elif',
  'else', 'except', 'finally', 'for', 'from', 'global', 'if', 'import', 'in', 'is', 'lambda', 'nonlocal', 'not', 'or',
  'pass', 'raise', 'return', 'try', 'while', 'with', 'yield', 'math', 'abs', 'min', 'max', 'float', 'int',
  // JavaScript reserved words and globals
  'Math', 'arguments', 'case', 'catch', 'const', 'debugger', 'default', 'delete', 'do', 'enum', 'eval', 'export',
  'extends', 'false', 'function', 'implements', 'instanceof', 'interface', 'let', 'new', 'null', 'package', 'private',
  'protected', 'public', 'static', 'super', 'switch', 'this', 'throw', 'true', 'typeof', 'undefined', 'var', 'void',
  'Infinity', 'NaN',
]);

/** Whether `name` can be a parameter in both languages as it is. */
export function isPortableName(name: string): boolean {
  return /^[A-Za-z_][A-Za-z0-9_]*$/.test(name) && !RESERVED.has(name);
}
