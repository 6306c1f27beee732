/**
 * The two records a checkpoint is stored as. The index record is small
 * (metadata, config, the light part of the resume state) and is what
 * listing reads; the payload record holds the weights, the topology and the
 * run's epoch history, which grows with every epoch. The index points at its payload, so
 * replacing a checkpoint is one write of the index record.
 *
 * `payloadKey` keeps its name in every version: garbage collection reads it
 * from records it cannot otherwise parse, so it never drops a payload that
 * a damaged (perhaps repairable) record still points at.
 */
import { z } from 'zod';
import { migrateRunConfig } from '../config/migrate';
import { runConfigSchema } from '../config/runConfig';
import { isPayloadKey, isValidRunId, type IndexKey, type PayloadKey } from './checkpointKeys';
import { decodeRecord, type DecodeResult, type MigrationSteps, type RecordFormat } from './recordMigration';

export const CHECKPOINT_RECORD_VERSION = 1;
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

/** The epoch history up to the checkpoint, as text the engine writes and reads; null in payloads of version 1, whose index record's `callbackState` holds it. */
const historySchema = z.string().nullable();

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
  history: historySchema,
});

/** The resume state as saved and loaded whole: the index record's part and the payload's history. */
export type ResumeState = z.output<typeof resumeStateSchema> & { history: z.output<typeof historySchema> };
export type CheckpointRecord = z.output<typeof checkpointRecordSchema>;
export type WeightSpec = z.output<typeof weightSpecSchema>;
export type PayloadRecord = z.output<typeof payloadRecordSchema>;
export type StoredOptimizerState = z.output<typeof optimizerStateSchema>;

/** No record was ever written before version 1; steps go here when the shape changes. */
const CHECKPOINT_MIGRATIONS: MigrationSteps = {};
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

/** Decodes an index record and checks it is the one its key names. */
export function decodeCheckpointRecord(key: IndexKey, raw: unknown): DecodeResult<CheckpointRecord> {
  const decoded = decodeRecord(raw, checkpointRecordFormat);
  if (decoded.ok && (decoded.value.runId !== key[1] || decoded.value.name !== key[2])) {
    return { ok: false, reason: `checkpoint record names run ${decoded.value.runId}, file "${decoded.value.name}", not its own key` };
  }
  return decoded;
}
