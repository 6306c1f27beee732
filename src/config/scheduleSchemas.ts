/**
 * The schema of a learning-rate schedule: `{kind, params}` with Keras's (or
 * PyTorch's) parameters in camelCase; omitted ones take the library's
 * defaults. Types and ranges are checked here; the library's own checks
 * (PiecewiseConstantDecay's list lengths, OneCycleLR's `pctStart`) run by
 * building the schedule, so their messages are the library's words, and the
 * rate at step 0 is computed, so a schedule that would fail on the first
 * batch (OneCycleLR with `pctStart * totalSteps` = 1) fails here.
 */
import { z } from 'zod';
import { reportConstructionError } from './constructionIssue';
import { createSchedule } from '../callbacks/schedules';
import type { ScheduleSpec } from '../callbacks/schedules';

const finite = z.number().refine(Number.isFinite, 'must be a finite number');
const rate = finite.min(0, 'must be 0 or more');
const positive = finite.positive('must be a positive number');
const fraction = finite.min(0, 'must be between 0 and 1').max(1, 'must be between 0 and 1');
const stepCount = z.number().int('must be a whole number of steps');
const positiveSteps = stepCount.positive('must be a positive number of steps');
const steps = stepCount.min(0, 'must be 0 or more');

const boundaries = z
  .array(stepCount, { error: 'must be a list of step numbers' })
  .min(1, 'must list at least one step')
  .superRefine((list, ctx) => {
    const at = list.findIndex((value, i) => i > 0 && value <= (list[i - 1] as number));
    if (at > 0) {
      ctx.addIssue({ code: 'custom', path: [at], message: 'must be larger than the boundary before it (boundaries must increase)' });
    }
  });

export const scheduleParamSchemas = {
  ExponentialDecay: z.strictObject({
    initialLearningRate: rate,
    decaySteps: positiveSteps,
    decayRate: positive,
    staircase: z.boolean().optional(),
  }),
  PiecewiseConstantDecay: z.strictObject({
    boundaries,
    values: z.array(rate, { error: 'must be a list of learning rates' }).min(2, 'must list at least two learning rates'),
  }),
  PolynomialDecay: z.strictObject({
    initialLearningRate: rate,
    decaySteps: positiveSteps,
    endLearningRate: rate.optional(),
    power: positive.optional(),
    cycle: z.boolean().optional(),
  }),
  InverseTimeDecay: z.strictObject({
    initialLearningRate: rate,
    decaySteps: positiveSteps,
    decayRate: rate,
    staircase: z.boolean().optional(),
  }),
  CosineDecay: z.strictObject({
    initialLearningRate: rate,
    decaySteps: positiveSteps,
    alpha: fraction.optional(),
    warmupTarget: rate.nullable().optional(),
    warmupSteps: steps.optional(),
  }),
  CosineDecayRestarts: z.strictObject({
    initialLearningRate: rate,
    firstDecaySteps: positiveSteps,
    // Below 1 the periods shrink and Keras's formula turns to NaN once their sum is passed.
    tMul: finite.min(1, 'must be 1 or more').optional(),
    mMul: rate.optional(),
    alpha: fraction.optional(),
  }),
  OneCycleLR: z.strictObject({
    maxLr: positive,
    totalSteps: positiveSteps,
    pctStart: fraction.optional(),
    annealStrategy: z.enum(['cos', 'linear'], { error: 'must be "cos" or "linear"' }).optional(),
    divFactor: positive.optional(),
    finalDivFactor: positive.optional(),
    threePhase: z.boolean().optional(),
  }),
  CyclicLR: z.strictObject({
    baseLr: rate,
    maxLr: rate,
    stepSizeUp: positiveSteps.optional(),
    stepSizeDown: steps.nullable().optional(),
    mode: z
      .enum(['triangular', 'triangular2', 'exp_range'], { error: 'must be "triangular", "triangular2" or "exp_range"' })
      .optional(),
    gamma: positive.optional(),
  }),
} as const;

export type ScheduleKindName = keyof typeof scheduleParamSchemas;
export const SCHEDULE_KINDS = Object.keys(scheduleParamSchemas) as ScheduleKindName[];

function specSchema<K extends ScheduleKindName, P extends z.ZodType>(kind: K, params: P) {
  return z.strictObject({ kind: z.literal(kind), params });
}

const p = scheduleParamSchemas;
const specSchemas = [
  specSchema('ExponentialDecay', p.ExponentialDecay),
  specSchema('PiecewiseConstantDecay', p.PiecewiseConstantDecay),
  specSchema('PolynomialDecay', p.PolynomialDecay),
  specSchema('InverseTimeDecay', p.InverseTimeDecay),
  specSchema('CosineDecay', p.CosineDecay),
  specSchema('CosineDecayRestarts', p.CosineDecayRestarts),
  specSchema('OneCycleLR', p.OneCycleLR),
  specSchema('CyclicLR', p.CyclicLR),
] as const;

/** Builds the schedule and computes its first rate, reporting the library's error at its parameter. */
function checkConstruction(spec: ScheduleSpec, ctx: z.RefinementCtx): void {
  reportConstructionError(() => createSchedule(spec).rateAt(0), ctx);
}

export const scheduleSpecSchema = z
  .discriminatedUnion('kind', specSchemas, {
    error: (issue) =>
      issue.code === 'invalid_union' ? `unknown schedule kind; expected one of ${SCHEDULE_KINDS.join(', ')}` : undefined,
  })
  // Only a spec whose fields all passed is built, so a field gets one message.
  .superRefine((spec, ctx) => checkConstruction(spec, ctx), { when: (payload) => payload.issues.length === 0 });

export type ScheduleSpecOutput = z.output<typeof scheduleSpecSchema>;

// Compile-time check that what the schema lets through is a ScheduleSpec.
const _fitsScheduleSpec = (spec: ScheduleSpecOutput): ScheduleSpec => spec;
