/**
 * Reads a JavaScript function of simple arithmetic, such as the schedule
 * `(epoch, lr) => epoch < 10 ? lr : lr * Math.exp(-0.1)`, into the shared
 * arithmetic tree. A block body may hold `if`/`return` statements only; they
 * become conditionals. Anything else is refused with the reason, so that the
 * exporter can fall back to a stub that shows the original code.
 */
import { parse, type Expression, type Node, type Pattern, type Statement } from 'acorn';
import { arityFits, isMathFunction, isPortableName, type Arithmetic, type ArithmeticFunction, type BinaryOp, type CompareOp } from './arithmetic';

export type Translation<T> = { ok: true; value: T } | { ok: false; reason: string };

class Untranslatable extends Error {}

const BINARY: Partial<Record<string, BinaryOp>> = { '+': '+', '-': '-', '*': '*', '/': '/', '**': '**', '%': '%' };
const COMPARE: Partial<Record<string, CompareOp>> = { '<': '<', '<=': '<=', '>': '>', '>=': '>=', '===': '==', '==': '==', '!==': '!=', '!=': '!=' };

/** `"an if statement"` from `"IfStatement"`. */
function describeNode(type: string, suffix = ''): string {
  const words = `${type.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase()}${suffix}`;
  return `${/^[aeiou]/.test(words) ? 'an' : 'a'} ${words}`;
}

function refuse(what: string): never {
  throw new Untranslatable(what);
}

function parameterName(pattern: Pattern): string {
  if (pattern.type !== 'Identifier') refuse('a parameter with a default or destructuring');
  if (!isPortableName(pattern.name)) refuse(`the parameter name ${pattern.name}`);
  return pattern.name;
}

function mathMember(node: Node): string | null {
  if (node.type !== 'MemberExpression') return null;
  const member = node as Extract<Expression, { type: 'MemberExpression' }>;
  if (member.computed || member.object.type !== 'Identifier' || member.object.name !== 'Math') return null;
  return member.property.type === 'Identifier' ? member.property.name : null;
}

function expression(node: Expression, params: readonly string[]): Arithmetic {
  const read = (child: Expression) => expression(child, params);
  switch (node.type) {
    case 'Literal':
      if (typeof node.value !== 'number' || !Number.isFinite(node.value)) refuse(`the literal ${node.raw ?? ''}`);
      return { kind: 'number', value: node.value };
    case 'Identifier':
      if (!params.includes(node.name)) refuse(`the name ${node.name}`);
      return { kind: 'param', name: node.name };
    case 'MemberExpression': {
      const name = mathMember(node);
      if (name === 'PI' || name === 'E') return { kind: 'constant', name };
      return refuse(name ? `Math.${name}` : 'a property access');
    }
    case 'UnaryExpression':
      if (node.operator === '-' || node.operator === '+') return { kind: 'unary', op: node.operator, operand: read(node.argument) };
      if (node.operator === '!') return { kind: 'unary', op: 'not', operand: read(node.argument) };
      return refuse(`the operator ${node.operator}`);
    case 'BinaryExpression': {
      if (node.left.type === 'PrivateIdentifier') refuse('a private name');
      const op = BINARY[node.operator];
      if (op) return { kind: 'binary', op, left: read(node.left), right: read(node.right) };
      const compare = COMPARE[node.operator];
      if (compare) return { kind: 'compare', op: compare, left: read(node.left), right: read(node.right) };
      return refuse(`the operator ${node.operator}`);
    }
    case 'LogicalExpression':
      if (node.operator === '??') refuse('the operator ??');
      return { kind: 'logical', op: node.operator === '&&' ? 'and' : 'or', left: read(node.left), right: read(node.right) };
    case 'ConditionalExpression':
      return { kind: 'conditional', test: read(node.test), then: read(node.consequent), otherwise: read(node.alternate) };
    case 'CallExpression': {
      const name = node.callee.type === 'Super' ? null : mathMember(node.callee);
      if (name === null || node.optional) return refuse('a call of something other than a Math function');
      if (!isMathFunction(name)) return refuse(`Math.${name}`);
      if (!arityFits(name, node.arguments.length)) refuse(`Math.${name} with ${node.arguments.length} arguments`);
      const args = node.arguments.map((arg) => (arg.type === 'SpreadElement' ? refuse('a spread argument') : read(arg)));
      return { kind: 'call', fn: name, args };
    }
    default:
      return refuse(describeNode(node.type));
  }
}

/** The value returned by running `statements` in order: each either returns or falls through to the next. */
function statements(list: readonly Statement[], params: readonly string[]): Arithmetic {
  const [first, ...rest] = list;
  if (!first) return refuse('a path that returns nothing');
  switch (first.type) {
    case 'ReturnStatement':
      return first.argument ? expression(first.argument, params) : refuse('a return without a value');
    case 'EmptyStatement':
      return statements(rest, params);
    case 'BlockStatement':
      return statements([...first.body, ...rest], params);
    case 'IfStatement': {
      const then = statements([first.consequent, ...rest], params);
      const otherwise = statements(first.alternate ? [first.alternate, ...rest] : rest, params);
      return { kind: 'conditional', test: expression(first.test, params), then, otherwise };
    }
    case 'VariableDeclaration':
      return refuse(`a ${first.kind} declaration`);
    default:
      return refuse(describeNode(first.type.replace(/Statement|Declaration/, ''), ' statement'));
  }
}

export function arithmeticFromJs(source: string): Translation<ArithmeticFunction> {
  try {
    const program = parse(`(${source}\n)`, { ecmaVersion: 'latest', sourceType: 'script' });
    const [statement, ...more] = program.body;
    if (more.length > 0 || statement?.type !== 'ExpressionStatement') refuse('code that is not a single function');
    const fn = statement.expression;
    if (fn.type !== 'ArrowFunctionExpression' && fn.type !== 'FunctionExpression') return refuse('code that is not a function');
    if (fn.async || fn.generator) refuse('an async or generator function');
    const params = fn.params.map(parameterName);
    const body = fn.body.type === 'BlockStatement' ? statements(fn.body.body, params) : expression(fn.body, params);
    return { ok: true, value: { params, body } };
  } catch (error) {
    if (error instanceof Untranslatable) return { ok: false, reason: `it uses ${error.message}` };
    if (error instanceof SyntaxError) return { ok: false, reason: `it does not parse: ${error.message}` };
    throw error;
  }
}
