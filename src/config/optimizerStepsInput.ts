/**
 * The input of `npm run optimizer-steps` (DESIGN.md §3): an optimizer with
 * Keras's constructor arguments in camelCase, variables, and the gradients
 * of each step. Validated here, with the field named in every message; the
 * checks Keras's constructors make come after, with Keras's messages
 * (`kerasOptimizerError`).
 */
import { z } from 'zod';
import { describeIssues, formatPath, suggestName, type FieldProblem } from './issuePath';
import { loggedNumberSchema } from './loggedNumber';
import { OPTIMIZER_KINDS, optimizerParamNames, resolveOptimizerParams, type KerasOptimizerParams, type OptimizerKind, type OptimizerParamName } from './optimizerParams';
import type { ParseResult } from './parseResult';

const finite = z.number({ error: 'must be a number' }).refine(Number.isFinite, 'must be finite');
const finiteOrNone = finite.nullable();
const flag = z.boolean({ error: 'must be true or false' });

const PARAM_TYPES: Readonly<Record<OptimizerParamName, z.ZodType>> = {
  learningRate: finite,
  momentum: finite,
  nesterov: flag,
  beta1: finite,
  beta2: finite,
  epsilon: finite,
  amsgrad: flag,
  rho: finite,
  centered: flag,
  initialAccumulatorValue: finite,
  weightDecay: finiteOrNone,
  clipnorm: finiteOrNone,
  clipvalue: finiteOrNone,
  globalClipnorm: finiteOrNone,
  useEma: flag,
  emaMomentum: finite,
  emaOverwriteFrequency: finiteOrNone,
  gradientAccumulationSteps: finiteOrNone,
};

const shapeSchema = z.array(z.number().int('must be a whole number').min(0, 'must be 0 or more'));

const inputSchema = z.strictObject({
  optimizer: z.strictObject({
    kind: z.enum(OPTIMIZER_KINDS, { error: `must be one of ${OPTIMIZER_KINDS.join(', ')}` }),
    params: z.record(z.string(), z.unknown()).default({}),
  }),
  variables: z.array(z.strictObject({ shape: shapeSchema, values: z.array(loggedNumberSchema) })).min(1, 'needs at least one variable'),
  steps: z.array(
    z.strictObject({
      gradients: z.array(z.array(loggedNumberSchema)),
      setLearningRate: finite.optional(),
    }),
  ),
});

export interface OptimizerStepsInput {
  kind: OptimizerKind;
  params: KerasOptimizerParams;
  variables: { shape: number[]; values: number[] }[];
  steps: { gradients: number[][]; setLearningRate?: number }[];
}

const sizeOf = (shape: readonly number[]): number => shape.reduce((product, dimension) => product * dimension, 1);

function paramProblems(kind: OptimizerKind, params: Record<string, unknown>): FieldProblem[] {
  const known = optimizerParamNames(kind);
  const problems: FieldProblem[] = [];
  for (const [name, value] of Object.entries(params)) {
    const path = formatPath(['optimizer', 'params', name]);
    if (!(known as string[]).includes(name)) {
      const suggestion = suggestName(name, known);
      problems.push({ path, message: suggestion ? `unknown parameter; did you mean ${suggestion}?` : `not an argument of this optimizer (it takes ${known.join(', ')})` });
      continue;
    }
    const checked = PARAM_TYPES[name as OptimizerParamName].safeParse(value);
    if (!checked.success) problems.push({ path, message: checked.error.issues[0]?.message ?? 'invalid value' });
  }
  return problems;
}

function shapeProblems(input: z.output<typeof inputSchema>): FieldProblem[] {
  const problems: FieldProblem[] = [];
  input.variables.forEach((variable, index) => {
    if (variable.values.length !== sizeOf(variable.shape)) {
      problems.push({ path: `variables[${index}].values`, message: `must hold ${sizeOf(variable.shape)} values for shape [${variable.shape.join(', ')}], got ${variable.values.length}` });
    }
  });
  input.steps.forEach((step, stepIndex) => {
    if (step.gradients.length !== input.variables.length) {
      problems.push({ path: `steps[${stepIndex}].gradients`, message: `must hold one gradient per variable (${input.variables.length}), got ${step.gradients.length}` });
      return;
    }
    step.gradients.forEach((gradient, index) => {
      const expected = sizeOf(input.variables[index]?.shape ?? []);
      if (gradient.length !== expected) {
        problems.push({ path: `steps[${stepIndex}].gradients[${index}]`, message: `must hold ${expected} values, as variables[${index}] does, got ${gradient.length}` });
      }
    });
  });
  return problems;
}

export function parseOptimizerStepsInput(raw: unknown): ParseResult<OptimizerStepsInput> {
  const result = inputSchema.safeParse(raw);
  if (!result.success) {
    const knownKeysAt = (path: readonly PropertyKey[]): readonly string[] => {
      if (path.length === 0) return Object.keys(inputSchema.shape);
      if (path.length === 1 && path[0] === 'optimizer') return ['kind', 'params'];
      if (path[0] === 'variables') return ['shape', 'values'];
      if (path[0] === 'steps') return ['gradients', 'setLearningRate'];
      return [];
    };
    return { ok: false, problems: describeIssues(result.error, knownKeysAt) };
  }
  const input = result.data;
  const problems = [...paramProblems(input.optimizer.kind, input.optimizer.params), ...shapeProblems(input)];
  if (problems.length > 0) return { ok: false, problems };
  const given = input.optimizer.params as Partial<KerasOptimizerParams>;
  return {
    ok: true,
    value: {
      kind: input.optimizer.kind,
      params: resolveOptimizerParams(input.optimizer.kind, given),
      variables: input.variables,
      steps: input.steps.map((step) => ({ gradients: step.gradients, ...(step.setLearningRate === undefined ? {} : { setLearningRate: step.setLearningRate }) })),
    },
  };
}
