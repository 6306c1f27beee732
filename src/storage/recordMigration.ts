/**
 * Versioned records (STYLE.md: "migrate before validate"): every stored
 * record carries `v`; a record written by an older version is brought up to
 * the current shape one step at a time, and only then validated. A record
 * from a newer version than this code knows is refused rather than guessed at.
 */
import type { z } from 'zod';

export type RawRecord = Record<string, unknown>;

/** `steps[n]` turns a record of version `n` into one of version `n + 1`. */
export type MigrationSteps = Readonly<Partial<Record<number, (raw: RawRecord) => RawRecord>>>;

export type DecodeResult<T> = { ok: true; value: T } | { ok: false; reason: string };

export function isRawRecord(value: unknown): value is RawRecord {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The version a record says it has; records from before versioning count as 0. */
export function recordVersion(raw: RawRecord): number | null {
  const v = raw.v;
  if (v === undefined) return 0;
  return typeof v === 'number' && Number.isInteger(v) && v >= 0 ? v : null;
}

export function migrate(raw: RawRecord, v: number, current: number, steps: MigrationSteps): DecodeResult<RawRecord> {
  if (v > current) return { ok: false, reason: `record version ${v} is newer than this app understands (${current})` };
  let record = raw;
  for (let version = v; version < current; version++) {
    const step = steps[version];
    if (!step) return { ok: false, reason: `no migration from record version ${version}` };
    record = { ...step(record), v: version + 1 };
  }
  return { ok: true, value: record };
}

function describeZodError(error: z.ZodError): string {
  return error.issues
    .map((issue) => {
      const path = issue.path.map(String).join('.');
      return path ? `${path}: ${issue.message}` : issue.message;
    })
    .join('; ');
}

export interface RecordFormat<S extends z.ZodType> {
  kind: string;
  current: number;
  steps: MigrationSteps;
  schema: S;
}

/** Migrates, then validates; any failure becomes a reason a person can read. */
export function decodeRecord<S extends z.ZodType>(raw: unknown, format: RecordFormat<S>): DecodeResult<z.output<S>> {
  if (!isRawRecord(raw)) return { ok: false, reason: `${format.kind} is not an object` };
  const v = recordVersion(raw);
  if (v === null) return { ok: false, reason: `${format.kind} has an invalid version: ${String(raw.v)}` };
  let migrated: DecodeResult<RawRecord>;
  try {
    migrated = migrate(raw, v, format.current, format.steps);
  } catch (error) {
    return { ok: false, reason: `${format.kind} could not be migrated from version ${v}: ${String(error)}` };
  }
  if (!migrated.ok) return { ok: false, reason: `${format.kind}: ${migrated.reason}` };
  const parsed = format.schema.safeParse(migrated.value);
  if (!parsed.success) return { ok: false, reason: `${format.kind} is invalid: ${describeZodError(parsed.error)}` };
  return { ok: true, value: parsed.data };
}
