/**
 * Numbers as JSON carries them: NaN and the infinities cannot be JSON
 * numbers, so the simulate input and the parity vectors write them as the
 * strings "NaN", "Infinity" and "-Infinity".
 */
import { z } from 'zod';

const NON_FINITE: Record<string, number> = {
  NaN: Number.NaN,
  Infinity: Number.POSITIVE_INFINITY,
  '-Infinity': Number.NEGATIVE_INFINITY,
};

export const loggedNumberSchema = z.union([
  z.number(),
  z
    .enum(['NaN', 'Infinity', '-Infinity'], { error: 'must be a number, or "NaN", "Infinity" or "-Infinity"' })
    .transform((text) => NON_FINITE[text] as number),
]);

export const logsSchema = z.record(z.string(), loggedNumberSchema);

/** The inverse, for output: non-finite numbers become their JSON strings. */
export function encodeNonFinite(_key: string, value: unknown): unknown {
  if (typeof value !== 'number' || Number.isFinite(value)) return value;
  if (Number.isNaN(value)) return 'NaN';
  return value > 0 ? 'Infinity' : '-Infinity';
}
