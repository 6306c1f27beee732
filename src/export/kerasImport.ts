/**
 * Reads pasted Keras Python that constructs callbacks and gives the stack:
 * `ReduceLROnPlateau(monitor='val_loss', factor=0.2)`, `keras.callbacks.`
 * prefixes, a `callbacks=[...]` list (or a list of names bound to calls),
 * keyword and positional arguments in Keras's order, Python literals, and
 * schedules written as arithmetic lambdas or `def`s. Every entry is checked
 * by the same schema as the rest of Plateau; what cannot be read is reported
 * with its line. The `fit(...)` call's settings and the optimizer are read
 * too (kerasFitImport.ts). The Python is parsed, never run.
 */
import { callbackSpecSchema, type CallbackTypeName } from '../config/callbackSchemas';
import { suggestName } from '../config/issuePath';
import type { StackEntry } from '../config/runConfig';
import { jsFunction } from './arithmeticToJs';
import { KERAS_SIGNATURES, positionalCount, type KerasParam } from './kerasSignatures';
import { readFit, readOptimizer } from './kerasFitImport';
import { NOT_IN_BROWSER } from './kerasUnsupported';
import type { PyExpr, PyStatement } from './pythonAst';
import { parsePython } from './pythonSyntax';
import { defToArithmetic, lambdaToArithmetic } from './pythonToArithmetic';
import { tokenizePython, type LineProblem } from './pythonTokens';

export interface KerasImportResult {
  /** The callbacks read, in order; those with problems are left out. */
  entries: StackEntry[];
  /** `fit(...)`'s settings read (FitConfig fields), or null when the code has no `fit` call. */
  fit: Record<string, unknown> | null;
  /** The optimizer read (an OptimizerConfig), or null when the code builds none Plateau can take. */
  optimizer: Record<string, unknown> | null;
  /** What could not be read, by line; empty when everything was. */
  problems: LineProblem[];
}

type Call = Extract<PyExpr, { kind: 'call' }>;
type Def = Extract<PyStatement, { kind: 'def' }>;

const KERAS_TYPES = new Map(
  (Object.entries(KERAS_SIGNATURES) as [CallbackTypeName, (typeof KERAS_SIGNATURES)[CallbackTypeName]][]).flatMap(([type, signature]) =>
    signature.keras === null ? [] : [[signature.keras, type] as const],
  ),
);
const KNOWN = [...KERAS_TYPES.keys()];

/** What an item of the pasted code is bound to: the assignments and `def`s, last one wins. */
interface Scope {
  values: Map<string, PyExpr>;
  defs: Map<string, Def>;
  classes: Set<string>;
}

function* walkStatements(statements: readonly PyStatement[]): Generator<PyStatement> {
  for (const statement of statements) {
    yield statement;
    if (statement.kind === 'if') yield* walkStatements([...statement.body, ...statement.otherwise]);
    if (statement.kind === 'other' || statement.kind === 'def') yield* walkStatements(statement.body);
  }
}

function* walkExpression(node: PyExpr): Generator<PyExpr> {
  yield node;
  switch (node.kind) {
    case 'attribute':
      yield* walkExpression(node.object);
      return;
    case 'call':
      yield* walkExpression(node.callee);
      for (const arg of node.args) yield* walkExpression(arg);
      for (const keyword of node.keywords) yield* walkExpression(keyword.value);
      return;
    case 'list':
      for (const item of node.items) yield* walkExpression(item);
      return;
    case 'other':
      for (const part of node.parts) yield* walkExpression(part);
      return;
    case 'unary':
      yield* walkExpression(node.operand);
      return;
    case 'binary':
    case 'boolean':
      yield* walkExpression(node.left);
      yield* walkExpression(node.right);
      return;
    case 'conditional':
      yield* walkExpression(node.test);
      yield* walkExpression(node.then);
      yield* walkExpression(node.otherwise);
      return;
    case 'compare':
      for (const operand of node.operands) yield* walkExpression(operand);
      return;
    default:
      return;
  }
}

function calleeName(call: Call): string | null {
  const callee = call.callee;
  if (callee.kind === 'name') return callee.name;
  if (callee.kind === 'attribute') return callee.name;
  return null;
}

class Importer {
  readonly result: KerasImportResult = { entries: [], fit: null, optimizer: null, problems: [] };
  private readonly scope: Scope = { values: new Map(), defs: new Map(), classes: new Set() };
  private readonly expressions: PyExpr[] = [];

  constructor(private readonly statements: readonly PyStatement[]) {
    for (const statement of walkStatements(statements)) {
      if (statement.kind === 'assign') for (const target of statement.targets) this.scope.values.set(target, statement.value);
      if (statement.kind === 'def') this.scope.defs.set(statement.name, statement);
      if (statement.kind === 'other' && statement.name !== undefined) this.scope.classes.add(statement.name);
      const value = statement.kind === 'assign' || statement.kind === 'expression' || statement.kind === 'return' ? statement.value : null;
      if (value) this.expressions.push(...walkExpression(value));
    }
  }

  private problem(line: number, message: string): void {
    this.result.problems.push({ line, message });
  }

  private resolve(node: PyExpr): PyExpr {
    const seen = new Set<string>();
    while (node.kind === 'name' && this.scope.values.has(node.name) && !seen.has(node.name)) {
      seen.add(node.name);
      node = this.scope.values.get(node.name) as PyExpr;
    }
    return node;
  }

  private isCallbackCall(node: PyExpr): boolean {
    const resolved = this.resolve(node);
    return resolved.kind === 'call' && KERAS_TYPES.has(calleeName(resolved) ?? '');
  }

  /** The list that makes the stack: `callbacks=[...]`, else a list of callbacks, else every callback call in order. */
  private stackItems(): PyExpr[] {
    for (const node of this.expressions) {
      if (node.kind !== 'call') continue;
      const keyword = node.keywords.find((candidate) => candidate.name === 'callbacks');
      if (!keyword) continue;
      const list = this.resolve(keyword.value);
      if (list.kind === 'list') return list.items;
      this.problem(keyword.line, 'callbacks= must be a list of callbacks');
      return [];
    }
    const list = this.expressions.find((node) => node.kind === 'list' && node.items.some((item) => this.isCallbackCall(item)));
    if (list?.kind === 'list') return list.items;
    // A lone call with a misspelled name is still meant as a callback: keep it, to report it.
    const looksLikeCallback = (name: string) => KERAS_TYPES.has(name) || NOT_IN_BROWSER.has(name) || suggestName(name, KNOWN) !== null;
    return this.expressions.filter((node) => node.kind === 'call' && looksLikeCallback(calleeName(node) ?? ''));
  }

  run(): KerasImportResult {
    for (const item of this.stackItems()) this.item(item);
    const context = { resolve: (node: PyExpr) => this.resolve(node), literal: (node: PyExpr, where: string) => this.literal(node, where), problem: (line: number, message: string) => this.problem(line, message) };
    this.result.fit = readFit(this.expressions, context);
    this.result.optimizer = readOptimizer(this.expressions, context);
    for (const statement of walkStatements(this.statements)) {
      if (statement.kind === 'unread' && statement.names.some((name) => KERAS_TYPES.has(name) || name === 'callbacks')) {
        this.problem(statement.problem.line, `cannot read this line: ${statement.problem.message}`);
      }
    }
    this.result.problems.sort((a, b) => a.line - b.line);
    return this.result;
  }

  private item(item: PyExpr): void {
    const node = this.resolve(item);
    if (node.kind !== 'call') {
      const what = item.kind === 'name' ? `${item.name}, which is not bound to a callback here` : 'something other than a callback call';
      return this.problem(item.line, `expected a callback such as EarlyStopping(...), found ${what}`);
    }
    const name = calleeName(node) ?? '';
    const type = KERAS_TYPES.get(name);
    if (!type && this.scope.classes.has(name)) {
      return this.problem(node.line, `${name} is a Python class, which Plateau does not import: write it in JavaScript as a CustomCallback`);
    }
    const notInBrowser = NOT_IN_BROWSER.get(name);
    if (!type && notInBrowser) return this.problem(node.line, `${name} is left out: ${notInBrowser}`);
    if (!type) {
      const suggestion = suggestName(name, KNOWN);
      const hint = suggestion ? `; did you mean ${suggestion}?` : `; Plateau reads ${KNOWN.join(', ')}`;
      return this.problem(node.line, `unknown callback ${name || 'call'}${hint}`);
    }
    if (type === 'LambdaCallback') {
      return this.problem(node.line, 'LambdaCallback hooks are Python code, which Plateau does not import: write them in JavaScript in the stack editor');
    }
    this.entry(type, node);
  }

  private entry(type: CallbackTypeName, call: Call): void {
    const signature = KERAS_SIGNATURES[type];
    const keras = signature.keras ?? type;
    const params: Record<string, unknown> = {};
    const lines = new Map<string, number>();
    let ok = true;
    const set = (param: KerasParam, value: PyExpr, line: number) => {
      if (lines.has(param.name)) {
        ok = false;
        return this.problem(line, `${keras} got ${param.python} twice`);
      }
      lines.set(param.name, line);
      const converted = param.kind === 'code' ? this.code(value, keras) : this.literal(value, `${keras}(${param.python}=...)`);
      if (converted === undefined) ok = false;
      else params[param.name] = converted;
    };
    if (call.starred) {
      this.problem(call.line, `${keras}: *args and **kwargs are not supported; write the arguments out`);
      return;
    }
    if (call.args.length > positionalCount(type)) {
      this.problem(call.line, `${keras} takes at most ${positionalCount(type)} positional arguments, got ${call.args.length}`);
      return;
    }
    call.args.forEach((arg, index) => set(signature.params[index] as KerasParam, arg, arg.line));
    for (const keyword of call.keywords) {
      const param = signature.params.find((candidate) => candidate.python === keyword.name);
      if (param) {
        set(param, keyword.value, keyword.line);
        continue;
      }
      ok = false;
      const suggestion = suggestName(keyword.name, signature.params.map((candidate) => candidate.name));
      const python = signature.params.find((candidate) => candidate.name === suggestion)?.python;
      this.problem(keyword.line, `${keras} has no argument ${keyword.name}${python ? `; did you mean ${python}?` : ''}`);
    }
    if (!ok) return;
    const parsed = callbackSpecSchema.safeParse({ type, params });
    if (parsed.success) {
      this.result.entries.push(parsed.data);
      return;
    }
    for (const issue of parsed.error.issues) {
      const name = String(issue.path[1] ?? '');
      const param = signature.params.find((candidate) => candidate.name === name);
      const where = param ? `${keras}(${param.python}=...)` : keras;
      this.problem(lines.get(name) ?? call.line, `${where}: ${issue.message}`);
    }
  }

  /** A Python literal as JSON: numbers, strings, True/False/None, and names bound to them. */
  private literal(node: PyExpr, where: string): unknown {
    const value = this.resolve(node);
    if (value.kind === 'string' && value.formatted) {
      this.problem(node.line, `${where}: f-strings are not read; write a plain string`);
      return undefined;
    }
    if (value.kind === 'number' || value.kind === 'string' || value.kind === 'constant') return value.value;
    if (value.kind === 'unary' && (value.op === '-' || value.op === '+')) {
      const operand = this.literal(value.operand, where);
      if (typeof operand === 'number') return value.op === '-' ? -operand : operand;
      return undefined;
    }
    this.problem(node.line, `${where} must be a literal (a number, a string, True, False or None)`);
    return undefined;
  }

  /** A schedule: a lambda, or the name of a `def`, as a JavaScript arrow function. */
  private code(node: PyExpr, keras: string): string | undefined {
    const value = this.resolve(node);
    const def = value.kind === 'name' ? this.scope.defs.get(value.name) : undefined;
    const translated = value.kind === 'lambda' ? lambdaToArithmetic(value) : def ? defToArithmetic(def) : null;
    if (translated === null) {
      this.problem(node.line, `${keras}: the schedule must be a lambda or a function defined in the pasted code`);
      return undefined;
    }
    if (!translated.ok) {
      this.problem(translated.problem.line, `${keras}: ${translated.problem.message}`);
      return undefined;
    }
    return jsFunction(translated.value);
  }
}

export function importKerasCallbacks(source: string): KerasImportResult {
  const { tokens, problems } = tokenizePython(source);
  try {
    const result = new Importer(parsePython(tokens)).run();
    return { ...result, problems: [...problems, ...result.problems].sort((a, b) => a.line - b.line) };
  } catch (error) {
    // Pathologically deep code (a thousand nested minus signs) exhausts the stack; say so instead of crashing the page.
    if (!(error instanceof RangeError)) throw error;
    return { entries: [], fit: null, optimizer: null, problems: [...problems, { line: 1, message: 'the code is nested too deeply to read' }] };
  }
}
