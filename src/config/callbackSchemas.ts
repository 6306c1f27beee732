/**
 * The schema of a callback in a stack: `{type, params}` with Keras's
 * parameters in camelCase. Types and ranges are checked here; Keras's own
 * constructor checks (a `factor >= 1`, a `filepath` with the wrong ending)
 * are run by building the callback, so their messages are Keras's words.
 * User code is parsed, and a syntax error is reported with its line.
 */
import { z } from 'zod';
import { createCallback, findSyntaxError, HOOK_NAMES } from '../callbacks';
import { reportConstructionError } from './constructionIssue';
import { coachMemorySchema } from './coachMemorySchema';
import type { CallbackSpec } from '../callbacks';

const count = z.number().int('must be a whole number').min(0, 'must be 0 or more');
const finite = z.number().refine(Number.isFinite, 'must be a finite number');
const monitor = z.string().min(1, 'must name a metric, such as val_loss');
const mode = z.string();
const verbose = count;

const userCode = z.string().superRefine((source, ctx) => {
  const problem = findSyntaxError(source);
  if (problem) {
    const where = problem.line === null ? '' : ` (line ${problem.line}${problem.column === null ? '' : `, column ${problem.column}`})`;
    ctx.addIssue({ code: 'custom', message: `${problem.message}${where}` });
  }
});

/** A LambdaCallback hook is optional: left empty (in a form, a file or a link) it is no hook, as Keras's `None`. */
const optionalHook = z.preprocess((value) => (typeof value === 'string' && value.trim() === '' ? undefined : value), userCode.optional());

/** Keras's `save_freq`: "epoch", or every N batches. */
const epochOrBatches = z.union(
  [z.literal('epoch'), z.number().int('must be "epoch" or a whole number of batches').min(1, 'must be "epoch" or a number of batches (1 or more)')],
  { error: 'must be "epoch" or a number of batches (1 or more)' },
);

export const callbackParamSchemas = {
  ReduceLROnPlateau: z.strictObject({
    monitor: monitor.optional(),
    factor: finite.min(0, 'must be 0 or more').optional(),
    patience: count.optional(),
    verbose: verbose.optional(),
    mode: mode.optional(),
    minDelta: finite.optional(),
    cooldown: count.optional(),
    minLr: finite.min(0, 'must be 0 or more').optional(),
  }),
  EarlyStopping: z.strictObject({
    monitor: monitor.optional(),
    minDelta: finite.optional(),
    patience: count.optional(),
    verbose: verbose.optional(),
    mode: mode.optional(),
    baseline: finite.nullable().optional(),
    restoreBestWeights: z.boolean().optional(),
    startFromEpoch: count.optional(),
  }),
  TerminateOnNaN: z.strictObject({
    raiseError: z.boolean().optional(),
  }),
  ModelCheckpoint: z.strictObject({
    filepath: z.string().min(1, 'must not be empty: give a file name such as best-{epoch:02d}.keras'),
    monitor: monitor.optional(),
    verbose: verbose.optional(),
    saveBestOnly: z.boolean().optional(),
    saveWeightsOnly: z.boolean().optional(),
    mode: mode.optional(),
    saveFreq: epochOrBatches.optional(),
    initialValueThreshold: finite.nullable().optional(),
  }),
  LearningRateScheduler: z.strictObject({
    schedule: userCode,
    verbose: verbose.optional(),
  }),
  CSVLogger: z.strictObject({
    filename: z.string().min(1, 'must not be empty'),
    separator: z.string().length(1, 'must be a single character').optional(),
    append: z.boolean().optional(),
  }),
  LambdaCallback: z.strictObject(
    Object.fromEntries([...HOOK_NAMES, 'onBatchBegin', 'onBatchEnd'].map((hook) => [hook, optionalHook])),
  ),
  CustomCallback: z.strictObject({
    source: userCode,
  }),
  SwapEMAWeights: z.strictObject({
    swapOnEpoch: z.boolean().optional(),
  }),
  BackupAndRestore: z.strictObject({
    // Empty is Keras's own constructor error, reported at the field by building the callback.
    backupDir: z.string(),
    saveFreq: epochOrBatches.optional(),
    doubleCheckpoint: z.boolean().optional(),
    deleteCheckpoint: z.boolean().optional(),
  }),
  LRCoach: z.strictObject({
    every: epochOrBatches.optional(),
    actions: z.array(finite.positive('each factor must be above 0'), { error: 'must be a list of factors, such as [0.5, 1, 2]' }).min(2, 'needs at least two factors, one of them 1').max(9, 'at most 9 factors').optional(),
    minLr: finite.positive('must be above 0').nullable().optional(),
    maxLr: finite.positive('must be above 0').nullable().optional(),
    horizon: z.number().int('must be a whole number').min(1, 'must be 1 or more: an action is judged at least one decision later').optional(),
    remember: z.boolean().optional(),
    monitor: monitor.optional(),
    seed: count.optional(),
    verbose: verbose.optional(),
    memory: coachMemorySchema.nullable().optional(),
  }),
} as const;

export type CallbackTypeName = keyof typeof callbackParamSchemas;
export const CALLBACK_TYPES = Object.keys(callbackParamSchemas) as CallbackTypeName[];

/** `{type, params}` for one callback type; omitted params are `{}` (every parameter at Keras's default). */
function specSchema<T extends CallbackTypeName, P extends z.ZodType>(type: T, params: P) {
  return z.strictObject({
    type: z.literal(type),
    params: z.preprocess((value) => value ?? {}, params),
    /** The page's handle on a stack entry; optional elsewhere. */
    id: z.string().min(1).optional(),
    /** A disabled callback stays in the stack but does not run. */
    enabled: z.boolean().optional(),
  });
}

const p = callbackParamSchemas;
const specSchemas = [
  specSchema('ReduceLROnPlateau', p.ReduceLROnPlateau),
  specSchema('EarlyStopping', p.EarlyStopping),
  specSchema('TerminateOnNaN', p.TerminateOnNaN),
  specSchema('ModelCheckpoint', p.ModelCheckpoint),
  specSchema('LearningRateScheduler', p.LearningRateScheduler),
  specSchema('CSVLogger', p.CSVLogger),
  specSchema('LambdaCallback', p.LambdaCallback),
  specSchema('CustomCallback', p.CustomCallback),
  specSchema('SwapEMAWeights', p.SwapEMAWeights),
  specSchema('BackupAndRestore', p.BackupAndRestore),
  specSchema('LRCoach', p.LRCoach),
] as const;

const USER_CODE_TYPES: ReadonlySet<string> = new Set(['LearningRateScheduler', 'LambdaCallback', 'CustomCallback']);

/**
 * Runs Keras's constructor checks by building the callback. Callbacks made of
 * user code are only parsed, never run: validation also happens on the page's
 * main thread, where user code must not run.
 */
function checkConstruction(spec: CallbackSpec, ctx: z.RefinementCtx): void {
  if (USER_CODE_TYPES.has(spec.type)) return;
  reportConstructionError(() => createCallback(spec), ctx);
}

export const callbackSpecSchema = z
  .discriminatedUnion('type', specSchemas, {
    error: (issue) =>
      issue.code === 'invalid_union'
        ? `unknown callback type; expected one of ${CALLBACK_TYPES.join(', ')}`
        : undefined,
  })
  .superRefine((spec, ctx) => checkConstruction(spec, ctx))
  .transform((spec) => spec);

/** The parameter names of the callback whose `params` object sits at `path` in `raw`, if any. */
export function paramNamesAt(raw: unknown, path: readonly PropertyKey[]): readonly string[] | null {
  if (path.at(-1) !== 'params') return null;
  let node: unknown = raw;
  for (const part of path.slice(0, -1)) {
    if (typeof node !== 'object' || node === null) return null;
    node = (node as Record<PropertyKey, unknown>)[part];
  }
  const type = (node as { type?: unknown } | null)?.type;
  if (typeof type !== 'string' || !(type in callbackParamSchemas)) return null;
  return Object.keys(callbackParamSchemas[type as CallbackTypeName].shape);
}
