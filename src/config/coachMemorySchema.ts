/**
 * LR Coach's memory file (coachMemory.ts), validated wherever one comes in:
 * an imported file, IndexedDB, a config or a simulate input. Anything else
 * is refused with the field at fault.
 */
import { z } from 'zod';
import { COACH_MEMORY_VERSION, type CoachMemory } from '../callbacks/lrCoach/coachMemory';
import { FEATURE_NAMES } from '../callbacks/lrCoach/coachFeatures';

const finite = z.number().refine(Number.isFinite, 'must be a finite number');
const d = FEATURE_NAMES.length;

const regressionSchema = z.strictObject({
  precision: z.array(finite).length(d * d, `must hold ${d * d} numbers (a ${d}×${d} matrix)`),
  eta: z.array(finite).length(d, `must hold ${d} numbers`),
  a: finite.positive('must be above 0'),
  b: finite.positive('must be above 0'),
  n: z.number().int().min(0),
});

export const coachMemorySchema = z.strictObject({
  v: z.literal(COACH_MEMORY_VERSION, { error: `is not an LR Coach memory of version ${COACH_MEMORY_VERSION}` }),
  taskKind: z.string().min(1),
  features: z.array(z.string()).refine((names) => names.length === d && names.every((name, index) => name === FEATURE_NAMES[index]), `must be ${FEATURE_NAMES.join(', ')}`),
  models: z.array(z.strictObject({ factor: finite.positive(), state: regressionSchema })).min(2),
  runs: z.number().int().min(0),
}) satisfies z.ZodType<CoachMemory>;
