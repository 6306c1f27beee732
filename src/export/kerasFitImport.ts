/**
 * Reads, from pasted Keras Python, what a tutorial's `fit(...)` and
 * optimizer set besides the callbacks: `model.fit(x, y, epochs=20,
 * batch_size=64, validation_split=0.1, validation_freq=2, initial_epoch=0,
 * shuffle=False, class_weight={0: 1.0, 1: 3.0}, verbose=2)` (positional
 * arguments in Keras 3's order) and `keras.optimizers.Adam(learning_rate=1e-3,
 * clipnorm=1.0)` (or `compile(optimizer="adam")`). Each value is checked by
 * Plateau's own schema, with the message at its line; what a browser run
 * does not take (`x`, `validation_data`, `sample_weight` …) is named, with why.
 */
import { fitConfigSchema, optimizerConfigSchema } from '../config/modelConfig';
import { KERAS_OPTIMIZER_CLASS, kerasOptimizerDefault, OPTIMIZER_KINDS, optimizerParamNames, PYTHON_OPTIMIZER_PARAM, type OptimizerKind } from '../config/optimizerParams';
import type { Keyword, PyExpr } from './pythonAst';

type Call = Extract<PyExpr, { kind: 'call' }>;

/** What the importer lends: name resolution, literal reading (which reports its own problems), and the problem list. */
export interface ReadContext {
  resolve(node: PyExpr): PyExpr;
  literal(node: PyExpr, where: string): unknown;
  problem(line: number, message: string): void;
}

/** Keras 3's `Model.fit` parameters, in order (`keras/src/trainers/trainer.py`). */
const FIT_PARAMS = [
  'x', 'y', 'batch_size', 'epochs', 'verbose', 'callbacks', 'validation_split', 'validation_data', 'shuffle', 'class_weight',
  'sample_weight', 'initial_epoch', 'steps_per_epoch', 'validation_steps', 'validation_batch_size', 'validation_freq',
] as const;

const FIT_FIELDS: Readonly<Record<string, string>> = {
  batch_size: 'batchSize',
  epochs: 'epochs',
  verbose: 'verbose',
  validation_split: 'validationSplit',
  shuffle: 'shuffle',
  class_weight: 'classWeight',
  initial_epoch: 'initialEpoch',
  validation_freq: 'validationFreq',
};

/** The `fit` arguments a run here does not take, and why. */
const FIT_LEFT_OUT: Readonly<Record<string, string>> = {
  x: 'the data is the dataset chosen in the Data settings',
  y: 'the data is the dataset chosen in the Data settings',
  validation_data: 'validation here is a split of the dataset: use validation_split',
  sample_weight: 'per-sample weights need the data itself; class_weight is read',
  steps_per_epoch: 'an epoch here is one pass over the training rows',
  validation_steps: 'validation here runs over the whole validation split',
  validation_batch_size: 'validation here uses batch_size',
};

export const calleeName = (call: Call): string | null =>
  call.callee.kind === 'name' ? call.callee.name : call.callee.kind === 'attribute' ? call.callee.name : null;

const OPTIMIZER_BY_CLASS = new Map(OPTIMIZER_KINDS.map((kind) => [KERAS_OPTIMIZER_CLASS[kind], kind] as const));

function issuePath(issue: { path: readonly PropertyKey[] }): string {
  return String(issue.path[0] ?? '');
}

/** `{0: 1.0, 1: 3.0}` as `{"0": 1, "1": 3}`; null (after reporting) when it is not such a dict. */
function classWeights(node: PyExpr, context: ReadContext): Record<string, number> | null | undefined {
  const value = context.resolve(node);
  if (value.kind === 'constant' && value.value === null) return null;
  if (value.kind !== 'other' || value.what !== 'a dict or set' || value.parts.length % 2 !== 0) {
    context.problem(node.line, 'fit(class_weight=...) must be a dict of class index to weight, such as {0: 1.0, 1: 3.0}');
    return undefined;
  }
  const weights: Record<string, number> = {};
  for (let index = 0; index < value.parts.length; index += 2) {
    const key = context.literal(value.parts[index] as PyExpr, 'fit(class_weight=...) keys');
    const weight = context.literal(value.parts[index + 1] as PyExpr, 'fit(class_weight=...) weights');
    if (typeof key !== 'number' || typeof weight !== 'number') {
      context.problem(node.line, 'fit(class_weight=...) must map class indices (0, 1, …) to numbers');
      return undefined;
    }
    weights[String(key)] = weight;
  }
  return weights;
}

function fitValue(name: string, node: PyExpr, context: ReadContext): unknown {
  if (name === 'class_weight') return classWeights(node, context);
  const value = context.resolve(node);
  if (name === 'validation_freq' && value.kind === 'list') return value.items.map((item) => context.literal(item, 'fit(validation_freq=[...])'));
  const literal = context.literal(node, `fit(${name}=...)`);
  // Keras's None is its default: batch_size=None is 32; verbose="auto" is 1.
  if (name === 'batch_size' && literal === null) return 32;
  if (name === 'verbose' && literal === 'auto') return 1;
  return literal;
}

/** The `fit` call's settings Plateau takes, as a partial FitConfig; null when there is no `fit(...)`. */
export function readFit(expressions: readonly PyExpr[], context: ReadContext): Record<string, unknown> | null {
  const call = expressions.find((node): node is Call => node.kind === 'call' && calleeName(node) === 'fit');
  if (!call) return null;
  const given: { name: string; value: PyExpr; line: number }[] = [
    ...call.args.map((value, index) => ({ name: FIT_PARAMS[index] ?? `argument ${index + 1}`, value, line: value.line })),
    ...call.keywords.map((keyword: Keyword) => ({ name: keyword.name, value: keyword.value, line: keyword.line })),
  ];
  const fit: Record<string, unknown> = {};
  const lines = new Map<string, number>();
  const hasX = given.some((argument) => argument.name === 'x');
  for (const { name, value, line } of given) {
    if (name === 'callbacks' || (name === 'y' && hasX)) continue;
    if (name === 'x') {
      context.problem(line, `fit's ${given.some((argument) => argument.name === 'y') ? 'x and y are' : 'x is'} left out: ${FIT_LEFT_OUT['x'] ?? ''}`);
      continue;
    }
    const field = FIT_FIELDS[name];
    if (!field) {
      const why = FIT_LEFT_OUT[name];
      context.problem(line, why ? `fit(${name}=...) is left out: ${why}` : `fit has no argument ${name}`);
      continue;
    }
    const read = fitValue(name, value, context);
    if (read === undefined) continue;
    fit[field] = read;
    lines.set(field, line);
  }
  const checked = fitConfigSchema.safeParse(fit);
  if (!checked.success) {
    for (const issue of checked.error.issues) {
      const field = issuePath(issue);
      const python = Object.keys(FIT_FIELDS).find((key) => FIT_FIELDS[key] === field) ?? field;
      context.problem(lines.get(field) ?? call.line, `fit(${python}=...): ${issue.message}`);
      delete fit[field];
    }
  }
  return fit;
}

/** `optimizer="adam"` in `compile`, or the first `SGD(...)`, `keras.optimizers.Adam(...)` … call, as an OptimizerConfig. */
export function readOptimizer(expressions: readonly PyExpr[], context: ReadContext): Record<string, unknown> | null {
  const call = expressions.find((node): node is Call => node.kind === 'call' && OPTIMIZER_BY_CLASS.has(calleeName(node) ?? ''));
  if (!call) return optimizerByName(expressions, context);
  const kind = OPTIMIZER_BY_CLASS.get(calleeName(call) ?? '') as OptimizerKind;
  const names = optimizerParamNames(kind);
  const keras = KERAS_OPTIMIZER_CLASS[kind];
  const config: Record<string, unknown> = { kind, learningRate: kerasOptimizerDefault(kind, 'learningRate'), momentum: 0, schedule: null };
  const lines = new Map<string, number>();
  const given = [...call.args.map((value, index) => ({ name: names[index] ? PYTHON_OPTIMIZER_PARAM[names[index]] : `argument ${index + 1}`, value, line: value.line })), ...call.keywords];
  for (const { name, value, line } of given) {
    const param = names.find((candidate) => PYTHON_OPTIMIZER_PARAM[candidate] === name);
    if (!param) {
      context.problem(line, name === 'name' || name === 'loss_scale_factor' ? `${keras}(${name}=...) is left out: it changes nothing a run here shows` : `${keras} has no argument ${name}`);
      continue;
    }
    const resolved = context.resolve(value);
    if (param === 'learningRate' && resolved.kind === 'call') {
      context.problem(line, `${keras}(learning_rate=${calleeName(resolved) ?? 'a schedule'}(...)) is left out: choose the schedule in the Optimizer settings`);
      continue;
    }
    const literal = context.literal(value, `${keras}(${name}=...)`);
    if (literal === undefined) continue;
    config[param] = literal;
    lines.set(param, line);
  }
  const checked = optimizerConfigSchema.safeParse(config);
  if (!checked.success) {
    for (const issue of checked.error.issues) {
      const param = issuePath(issue);
      const python = (PYTHON_OPTIMIZER_PARAM as Record<string, string | undefined>)[param] ?? param;
      context.problem(lines.get(param) ?? call.line, `${keras}(${python}=...): ${issue.message}`);
    }
    return null;
  }
  return config;
}

/** `compile(optimizer="adam")`: the kind, with Keras's defaults. */
function optimizerByName(expressions: readonly PyExpr[], context: ReadContext): Record<string, unknown> | null {
  for (const node of expressions) {
    if (node.kind !== 'call' || calleeName(node) !== 'compile') continue;
    const keyword = node.keywords.find((candidate) => candidate.name === 'optimizer');
    const value = keyword ? context.resolve(keyword.value) : null;
    if (!keyword || value?.kind !== 'string') continue;
    const kind = OPTIMIZER_KINDS.find((candidate) => candidate === value.value.toLowerCase());
    if (!kind) {
      context.problem(keyword.line, `compile(optimizer="${value.value}") is not one of Plateau's optimizers: ${OPTIMIZER_KINDS.join(', ')}`);
      return null;
    }
    return { kind, learningRate: kerasOptimizerDefault(kind, 'learningRate'), momentum: 0, schedule: null };
  }
  return null;
}

