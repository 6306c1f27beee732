/**
 * Reads a Python schedule, a `lambda epoch, lr: ...` or a `def` whose body
 * returns a value (through `if`/`elif`/`else` if need be), into the shared
 * arithmetic tree, from which it is written as a JavaScript arrow function.
 * `math.`, `np.` and `keras.ops.` functions map onto JavaScript's `Math`.
 */
import { arityFits, isMathFunction, isPortableName, type Arithmetic, type ArithmeticFunction, type CompareOp, type MathFunction } from './arithmetic';
import type { PyExpr, PyStatement } from './pythonAst';
import type { LineProblem } from './pythonTokens';

export type PythonTranslation = { ok: true; value: ArithmeticFunction } | { ok: false; problem: LineProblem };

class Untranslatable extends Error {
  constructor(
    message: string,
    readonly line: number,
  ) {
    super(message);
  }
}

const MODULES = new Set(['math', 'np', 'numpy', 'ops', 'keras.ops', 'tf.math', 'tensorflow.math']);
/** Python spellings that differ from JavaScript's `Math` names. */
const ALIASES: Record<string, MathFunction> = { power: 'pow', absolute: 'abs', fabs: 'abs', minimum: 'min', maximum: 'max' };
const BUILTINS: Record<string, MathFunction> = { abs: 'abs', min: 'min', max: 'max', pow: 'pow' };
const BINARY = new Set(['+', '-', '*', '/', '**']);

function dotted(node: PyExpr): string | null {
  if (node.kind === 'name') return node.name;
  if (node.kind === 'attribute') {
    const object = dotted(node.object);
    return object === null ? null : `${object}.${node.name}`;
  }
  return null;
}

class Reader {
  constructor(private readonly params: readonly string[]) {}

  private refuse(what: string, node: { line: number }): never {
    throw new Untranslatable(what, node.line);
  }

  private mathFunction(callee: PyExpr): MathFunction | null {
    const path = dotted(callee);
    if (path === null) return null;
    const dot = path.lastIndexOf('.');
    const name = path.slice(dot + 1);
    if (dot < 0) return BUILTINS[name] ?? null;
    if (!MODULES.has(path.slice(0, dot))) return null;
    const fn = ALIASES[name] ?? name;
    return isMathFunction(fn) ? fn : null;
  }

  private call(node: Extract<PyExpr, { kind: 'call' }>): Arithmetic {
    const path = dotted(node.callee) ?? 'this call';
    if (node.keywords.length > 0 || node.starred) this.refuse(`${path} with keyword or starred arguments`, node);
    const args = node.args.map((arg) => this.read(arg));
    if (path === 'float' && args.length === 1) return args[0] as Arithmetic;
    if ((path === 'int' || path === 'math.trunc') && args.length === 1) return { kind: 'call', fn: 'trunc', args };
    if (/^(math|np|numpy)\.fmod$/.test(path) && args.length === 2) return { kind: 'binary', op: '%', left: args[0] as Arithmetic, right: args[1] as Arithmetic };
    const fn = this.mathFunction(node.callee);
    if (fn === null) return this.refuse(path, node);
    if (!arityFits(fn, args.length)) this.refuse(`${path} with ${args.length} arguments`, node);
    return { kind: 'call', fn, args };
  }

  /** Python's `%` takes the divisor's sign; JavaScript's `%` the dividend's. They agree for an epoch and a positive number. */
  private remainder(left: Arithmetic, right: Arithmetic): Arithmetic {
    const nonNegative = (left.kind === 'param' && left.name === this.params[0]) || (left.kind === 'number' && left.value >= 0);
    if (nonNegative && right.kind === 'number' && right.value > 0) return { kind: 'binary', op: '%', left, right };
    const inner: Arithmetic = { kind: 'binary', op: '+', left: { kind: 'binary', op: '%', left, right }, right };
    return { kind: 'binary', op: '%', left: inner, right };
  }

  read(node: PyExpr): Arithmetic {
    switch (node.kind) {
      case 'number':
        if (!Number.isFinite(node.value)) this.refuse('a number JavaScript cannot hold', node);
        return { kind: 'number', value: node.value };
      case 'name':
        if (!this.params.includes(node.name)) this.refuse(`the name ${node.name}`, node);
        return { kind: 'param', name: node.name };
      case 'attribute': {
        const path = dotted(node);
        if (path !== null && /^(math|np|numpy)\.(pi|e)$/.test(path)) return { kind: 'constant', name: path.endsWith('pi') ? 'PI' : 'E' };
        return this.refuse(path ?? 'an attribute', node);
      }
      case 'call':
        return this.call(node);
      case 'unary':
        if (node.op === '~') this.refuse('the operator ~', node);
        return { kind: 'unary', op: node.op, operand: this.read(node.operand) };
      case 'binary': {
        const left = this.read(node.left);
        const right = this.read(node.right);
        if (BINARY.has(node.op)) return { kind: 'binary', op: node.op as '+' | '-' | '*' | '/' | '**', left, right };
        if (node.op === '//') return { kind: 'call', fn: 'floor', args: [{ kind: 'binary', op: '/', left, right }] };
        if (node.op === '%') return this.remainder(left, right);
        return this.refuse(`the operator ${node.op}`, node);
      }
      case 'compare': {
        const operands = node.operands.map((operand) => this.read(operand));
        const pairs = node.ops.map((op, index): Arithmetic => {
          if (op === 'in' || op === 'not in' || op === 'is') this.refuse(`the operator ${op}`, node);
          return { kind: 'compare', op: op as CompareOp, left: operands[index] as Arithmetic, right: operands[index + 1] as Arithmetic };
        });
        return pairs.reduce((left, right) => ({ kind: 'logical', op: 'and', left, right }));
      }
      case 'boolean':
        return { kind: 'logical', op: node.op, left: this.read(node.left), right: this.read(node.right) };
      case 'conditional':
        return { kind: 'conditional', test: this.read(node.test), then: this.read(node.then), otherwise: this.read(node.otherwise) };
      case 'string':
      case 'constant':
        return this.refuse('a value that is not a number', node);
      case 'lambda':
      case 'list':
      case 'other':
        return this.refuse(node.kind === 'other' ? node.what : `a ${node.kind}`, node);
    }
  }

  /** The value the statements return, each returning or falling through to the next. */
  statements(list: readonly PyStatement[], line: number): Arithmetic {
    const [first, ...rest] = list;
    if (!first) return this.refuse('a path that returns nothing', { line });
    switch (first.kind) {
      case 'return':
        return first.value ? this.read(first.value) : this.refuse('a return without a value', first);
      case 'pass':
        return this.statements(rest, first.line);
      case 'expression':
        if (first.value.kind === 'string') return this.statements(rest, first.line);
        return this.refuse('a statement other than if and return', first);
      case 'if':
        return {
          kind: 'conditional',
          test: this.read(first.test),
          then: this.statements([...first.body, ...rest], first.line),
          otherwise: this.statements([...first.otherwise, ...rest], first.line),
        };
      default:
        return this.refuse('a statement other than if and return', first);
    }
  }
}

function checkParams(params: readonly string[], line: number): void {
  const bad = params.find((name) => !isPortableName(name));
  if (bad !== undefined) throw new Untranslatable(`the parameter name ${bad}`, line);
}

function translate(params: string[], line: number, body: (reader: Reader) => Arithmetic): PythonTranslation {
  try {
    checkParams(params, line);
    return { ok: true, value: { params, body: body(new Reader(params)) } };
  } catch (error) {
    if (!(error instanceof Untranslatable)) throw error;
    return { ok: false, problem: { line: error.line, message: `Plateau translates arithmetic only, and this uses ${error.message}` } };
  }
}

export function lambdaToArithmetic(node: Extract<PyExpr, { kind: 'lambda' }>): PythonTranslation {
  return translate(node.params, node.line, (reader) => reader.read(node.body));
}

export function defToArithmetic(node: Extract<PyStatement, { kind: 'def' }>): PythonTranslation {
  return translate(node.params, node.line, (reader) => reader.statements(node.body, node.line));
}
