/**
 * The records a checkpoint is stored as. The index record is small
 * (metadata, config, the light part of the resume state) and is what
 * listing reads; the payload record holds the weights and the topology. The
 * index points at its payload, so replacing a checkpoint is one write of the
 * index record. The epoch history, which grows every epoch, is stored once
 * per training session, a record per epoch (epochHistory.ts); the index
 * record names the session and how many of its epochs are the entry's.
 *
 * `payloadKey` and `history` keep their names in every version: garbage
 * collection reads them from records it cannot otherwise parse, so it never
 * drops what a damaged (perhaps repairable) record still points at.
 */
import { z } from 'zod';
import { migrateRunConfig } from '../config/migrate';
import { runConfigSchema } from '../config/runConfig';
import { isPayloadKey, isValidRunId, type IndexKey, type PayloadKey } from './checkpointKeys';
import { decodeRecord, type DecodeResult, type MigrationSteps, type RecordFormat } from './recordMigration';

export const CHECKPOINT_RECORD_VERSION = 2;
export const PAYLOAD_RECORD_VERSION = 2;

// Monitored values may be NaN or infinite (a diverged loss); zod's number() refuses both.
const anyNumber = z.custom<number>((value) => typeof value === 'number', 'must be a number');
const count = z.number().int().min(0);

export const resumeStateSchema = z.object({
  /** The 0-based epoch training continues from, as Keras's `fit(initial_epoch=...)`. */
  initialEpoch: count,
  learningRate: z.number(),
  /** The callbacks' state (best, wait, cooldown ...) as JSON text the engine writes and reads; opaque here. */
  callbackState: z.string(),
});

/**
 * The epoch history up to the checkpoint as one JSON array text, in payloads
 * written before the history was stored per session (index records of
 * version 1). Null in payloads of version 1, whose index record's
 * `callbackState` holds it, and in every payload written since.
 */
const payloadHistorySchema = z.string().nullable();

/** Where an entry's epoch history is: the first `length` records of its run's session. */
export const historyRefSchema = z.object({ session: z.string().min(1), length: count });

/** A record keeps the config as its run had it; an older config version is migrated as it is read. */
const storedConfigSchema = z.preprocess((raw) => {
  const migrated = migrateRunConfig(raw);
  return migrated.ok ? migrated.value : raw;
}, runConfigSchema);

export const payloadKeySchema = z.tuple([z.literal('payload'), z.number(), z.string()]);

export const checkpointRecordSchema = z.object({
  v: z.literal(CHECKPOINT_RECORD_VERSION),
  runId: z.string().refine(isValidRunId, 'must be a non-empty run id without "/"'),
  name: z.string().min(1),
  epoch: count,
  batch: count.nullable(),
  monitor: z.string(),
  value: anyNumber.nullable(),
  weightsOnly: z.boolean(),
  savedAt: z.number(),
  sizeBytes: count,
  config: storedConfigSchema,
  resume: resumeStateSchema,
  payloadKey: payloadKeySchema,
  /** Null in records of version 1, whose payload (or `callbackState`) holds the history. */
  history: historyRefSchema.nullable(),
});

export const weightSpecSchema = z.object({
  name: z.string(),
  shape: z.array(count),
  dtype: z.literal('float32'),
});

export const optimizerStateSchema = z.object({
  iterations: count,
  weightSpecs: z.array(weightSpecSchema),
  weightData: z.instanceof(ArrayBuffer),
});

export const payloadRecordSchema = z.object({
  v: z.literal(PAYLOAD_RECORD_VERSION),
  weightSpecs: z.array(weightSpecSchema),
  weightData: z.instanceof(ArrayBuffer),
  /** The model's JSON (`model.toJSON()`), or null for a weights-only checkpoint. */
  topology: z.string().nullable(),
  /**
   * The optimizer's state, as Keras 3 keeps it in `.keras` and `.weights.h5`
   * files alike: its iteration count and slot variables (Adam's moments ...),
   * in tfjs's `getWeights` order. Absent in checkpoints saved before it was kept.
   */
  optimizer: optimizerStateSchema.nullable().optional(),
  history: payloadHistorySchema,
});

/**
 * The resume state as loaded: the index record's part, and the epoch history
 * as one JSON array text (null for a checkpoint whose `callbackState` holds it).
 */
export type ResumeState = z.output<typeof resumeStateSchema> & { history: string | null };
/** The resume state as saved: the epoch history as one JSON text per epoch, oldest first. */
export type ResumeInput = z.output<typeof resumeStateSchema> & { history: readonly string[] };
export type HistoryRef = z.output<typeof historyRefSchema>;
export type CheckpointRecord = z.output<typeof checkpointRecordSchema>;
export type WeightSpec = z.output<typeof weightSpecSchema>;
export type PayloadRecord = z.output<typeof payloadRecordSchema>;
export type StoredOptimizerState = z.output<typeof optimizerStateSchema>;

/** No record was ever written before version 1. */
const CHECKPOINT_MIGRATIONS: MigrationSteps = {
  // Version 1 kept the history in the payload (or in `callbackState`), where loading still finds it.
  1: (raw) => ({ ...raw, history: null }),
};
const PAYLOAD_MIGRATIONS: MigrationSteps = {
  // Version 1 kept the history inside the index record's resume state, where the engine still reads it.
  1: (raw) => ({ ...raw, history: null }),
};

export const checkpointRecordFormat: RecordFormat<typeof checkpointRecordSchema> = {
  kind: 'checkpoint record',
  current: CHECKPOINT_RECORD_VERSION,
  steps: CHECKPOINT_MIGRATIONS,
  schema: checkpointRecordSchema,
};

export const payloadRecordFormat: RecordFormat<typeof payloadRecordSchema> = {
  kind: 'checkpoint weights',
  current: PAYLOAD_RECORD_VERSION,
  steps: PAYLOAD_MIGRATIONS,
  schema: payloadRecordSchema,
};

/** The payload a stored index record points at, read even from a record that fails validation. */
export function payloadKeyOf(raw: unknown): PayloadKey | null {
  if (typeof raw !== 'object' || raw === null) return null;
  const key = (raw as { payloadKey?: unknown }).payloadKey;
  return isPayloadKey(key) ? key : null;
}

/** The history an index record refers to, read even from a record that fails validation. */
export function historyRefOf(raw: unknown): HistoryRef | null {
  if (typeof raw !== 'object' || raw === null) return null;
  const parsed = historyRefSchema.safeParse((raw as { history?: unknown }).history);
  return parsed.success ? parsed.data : null;
}

/** Decodes an index record and checks it is the one its key names. */
export function decodeCheckpointRecord(key: IndexKey, raw: unknown): DecodeResult<CheckpointRecord> {
  const decoded = decodeRecord(raw, checkpointRecordFormat);
  if (decoded.ok && (decoded.value.runId !== key[1] || decoded.value.name !== key[2])) {
    return { ok: false, reason: `checkpoint record names run ${decoded.value.runId}, file "${decoded.value.name}", not its own key` };
  }
  return decoded;
}
