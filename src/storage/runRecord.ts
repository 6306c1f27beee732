/**
 * A kept run, as IndexedDB holds it: a small head (what the Runs list
 * shows: name, when, how it ended, key numbers, the setup) and a body (the
 * per-epoch history and the callback events), stored under two keys so the
 * list never reads a run's epochs. Both carry `v` and go through
 * `decodeRecord` (migrate, then validate); the setup inside the head goes
 * through the setup's own migration (`parseVersionedRunConfig`), so a run
 * kept by an older page still loads its setup.
 */
import { z } from 'zod';
import { parseVersionedRunConfig } from '../config/migrate';
import type { RunConfig } from '../config/runConfig';
import { decodeRecord, type DecodeResult, type RecordFormat } from './recordMigration';

export const RUN_RECORD_VERSION = 1;

/** Any number, NaN and the infinities included: a diverged run's losses are kept as they were. */
const anyNumber = z.custom<number>((value) => typeof value === 'number', 'must be a number');

const originSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('trained') }),
  z.object({ kind: z.literal('compare'), variant: z.string() }),
  z.object({ kind: z.literal('imported'), file: z.string(), format: z.enum(['csv', 'json']) }),
]);

/** `running` is a run whose last write came before its end: a run in progress, or one whose tab closed. */
export const RUN_ENDINGS = ['finished', 'stopped', 'failed', 'running', 'imported'] as const;

const headSchema = z.object({
  v: z.literal(RUN_RECORD_VERSION),
  id: z.string().min(1),
  /** Given by the learner; null until then. Named runs are never evicted to make room. */
  name: z.string().nullable(),
  createdAt: z.number(),
  updatedAt: z.number(),
  origin: originSchema,
  /** The setup it trained with (raw, validated on reading); null for an imported run. */
  config: z.unknown(),
  ending: z.enum(RUN_ENDINGS),
  /** How the end reads on the page ("Stopped by EarlyStopping at epoch 12, …"). */
  endingText: z.string(),
  epochs: z.number().int().min(0),
  best: z.object({ key: z.string(), value: anyNumber, epoch: z.number().int() }).nullable(),
  test: z.record(z.string(), anyNumber).nullable(),
  /** The record's size, about as JSON text, head and body: what the storage budget counts. */
  bytes: z.number().min(0),
});

const epochSchema = z.object({
  epoch: z.number().int().min(0),
  logs: z.record(z.string(), anyNumber),
  lrDuring: anyNumber,
  lrAfter: anyNumber,
});

const eventSchema = z.looseObject({
  epoch: z.number().int().nullable(),
  batch: z.number().int().nullable(),
  callback: z.string(),
  kind: z.string(),
  message: z.string(),
  value: anyNumber.optional(),
  name: z.string().optional(),
});

const bodySchema = z.object({
  v: z.literal(RUN_RECORD_VERSION),
  id: z.string().min(1),
  history: z.array(epochSchema),
  events: z.array(eventSchema),
});

export type RunOrigin = z.output<typeof originSchema>;
export type RunEnding = (typeof RUN_ENDINGS)[number];
export type StoredEpoch = z.output<typeof epochSchema>;
export type StoredEvent = z.output<typeof eventSchema>;
type RawHead = z.output<typeof headSchema>;

/** A head as the page reads it: the setup validated, or null (imported runs, or a setup this page cannot read). */
export interface RunHead extends Omit<RawHead, 'config'> {
  config: RunConfig | null;
  /** Why a stored setup could not be read, when it could not. */
  configProblem: string | null;
}

export type RunBody = z.output<typeof bodySchema>;

export interface RunRecord {
  head: Omit<RunHead, 'v' | 'bytes' | 'configProblem'>;
  body: Omit<RunBody, 'v' | 'id'>;
}

const headFormat: RecordFormat<typeof headSchema> = { kind: 'run record', current: RUN_RECORD_VERSION, steps: {}, schema: headSchema };
const bodyFormat: RecordFormat<typeof bodySchema> = { kind: 'run history', current: RUN_RECORD_VERSION, steps: {}, schema: bodySchema };

export function decodeHead(raw: unknown): DecodeResult<RunHead> {
  const decoded = decodeRecord(raw, headFormat);
  if (!decoded.ok) return decoded;
  const { config, ...rest } = decoded.value;
  if (config === null || config === undefined) return { ok: true, value: { ...rest, config: null, configProblem: null } };
  const parsed = parseVersionedRunConfig(config);
  const problem = parsed.ok ? null : parsed.problems.map((entry) => (entry.path ? `${entry.path}: ${entry.message}` : entry.message)).join('; ');
  return { ok: true, value: { ...rest, config: parsed.ok ? parsed.value : null, configProblem: problem } };
}

export function decodeBody(raw: unknown): DecodeResult<RunBody> {
  return decodeRecord(raw, bodyFormat);
}

/** NaN and infinities count as the few characters JSON would give them. */
function jsonLength(value: unknown): number {
  return JSON.stringify(value, (_key, entry: unknown) => (typeof entry === 'number' && !Number.isFinite(entry) ? 0 : entry)).length;
}

/** A long list's length as JSON, from 32 of its items spread over it: epochs are alike in size. */
function sampledLength(items: readonly unknown[]): number {
  if (items.length <= 64) return jsonLength(items);
  const step = Math.floor(items.length / 32);
  let sampled = 0;
  let count = 0;
  for (let index = 0; index < items.length; index += step) {
    sampled += jsonLength(items[index]) + 1;
    count += 1;
  }
  return Math.round((sampled / count) * items.length) + 2;
}

/**
 * The two stored records of a run, with its size (about as JSON text) counted
 * once both are known. A long run's epochs are sampled, not serialised: its
 * record is written every couple of seconds, and turning 10,000 epochs into
 * JSON text to measure them took ~25 ms of the page's main thread.
 */
export function encodeRun(record: RunRecord): { head: RawHead; body: RunBody } {
  const body: RunBody = { v: RUN_RECORD_VERSION, id: record.head.id, ...record.body };
  const head = { ...record.head, v: RUN_RECORD_VERSION, bytes: 0 } as RawHead;
  head.bytes = jsonLength(head) + sampledLength(body.history) + sampledLength(body.events) + body.id.length + 40;
  return { head, body };
}
