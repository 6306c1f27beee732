/**
 * What a run needs to carry on from a checkpoint besides its weights: the
 * epoch to start from, the learning rate, each callback's state, and the
 * epoch history so far (so that charts continue where they ended). Storage
 * keeps the callbacks' state as one opaque JSON text in the record that
 * listing reads (`callbackState`), and the history, which grows every epoch,
 * as one JSON text per epoch, each stored once per session; it hands the
 * history back as one JSON array text. This module writes and reads both.
 * Checkpoints saved before the split (document version 1) have the history
 * inside the callbacks' text, and still resume.
 */
import { z } from 'zod';
import type { CallbackState } from '../callbacks';
import type { ResumeInput, ResumeState } from '../storage';
import type { EpochRecord } from './trainer';

/** Keyed by the callback's place in the config (`callbacks[2]`), with its type to check against. */
export type CallbackStates = Record<string, { type: string; state: CallbackState }>;

export interface ResumePoint {
  initialEpoch: number;
  learningRate: number;
  callbacks: CallbackStates;
  history: EpochRecord[];
  /** Training steps taken when it was saved (a save within an epoch is past the epoch's start); absent in older saves. */
  step?: number;
}

const DOCUMENT_VERSION = 2;

// JSON has no NaN or infinities; a diverged loss has them. Written as strings, as the simulate CLI writes them.
const NON_FINITE = new Map<string, number>([
  ['NaN', Number.NaN],
  ['Infinity', Number.POSITIVE_INFINITY],
  ['-Infinity', Number.NEGATIVE_INFINITY],
]);

const anyNumber = z.custom<number>((value) => typeof value === 'number', 'must be a number');

const callbacksSchema = z.record(z.string(), z.object({ type: z.string(), state: z.record(z.string(), anyNumber.nullable()) }));

const historySchema = z.array(
  z.object({
    epoch: z.number().int().min(0),
    logs: z.record(z.string(), anyNumber),
    lrDuring: anyNumber,
    lrAfter: anyNumber,
    seconds: anyNumber,
    tensors: z.number(),
  }),
);

const documentSchema = z.discriminatedUnion('v', [
  z.object({ v: z.literal(1), callbacks: callbacksSchema, history: historySchema }),
  z.object({ v: z.literal(DOCUMENT_VERSION), callbacks: callbacksSchema, step: z.number().int().min(0).optional() }),
]);

function toJson(value: unknown): string {
  return JSON.stringify(value, (_key, item: unknown) => (typeof item === 'number' && !Number.isFinite(item) ? String(item) : item));
}

function fromJson(text: string): unknown {
  return JSON.parse(text, (_key, item: unknown) => (typeof item === 'string' && NON_FINITE.has(item) ? NON_FINITE.get(item) : item));
}

function unreadable(issue: string | undefined): Error {
  return new Error(`the checkpoint's resume state cannot be read: ${issue ?? 'invalid'}`);
}

/** One epoch of the history as storage keeps it; each epoch is encoded once (encodedHistory.ts). */
export function encodeEpochRecord(record: EpochRecord): string {
  return toJson(record);
}

/** `history` is the run's epochs so far, each from `encodeEpochRecord`; copied, as the run goes on adding to it. */
export function encodeResumePoint(point: Omit<ResumePoint, 'history'>, history: readonly string[]): ResumeInput {
  return {
    initialEpoch: point.initialEpoch,
    learningRate: point.learningRate,
    callbackState: toJson({ v: DOCUMENT_VERSION, callbacks: point.callbacks, ...(point.step === undefined ? {} : { step: point.step }) }),
    history: history.slice(),
  };
}

/** Throws when the stored text is not a resume document this version can read. */
export function decodeResumePoint(state: ResumeState): ResumePoint {
  const document = documentSchema.safeParse(fromJson(state.callbackState));
  if (!document.success) throw unreadable(document.error.issues[0]?.message);
  const { callbacks } = document.data;
  let history: z.output<typeof historySchema>;
  if (document.data.v === 1) {
    history = document.data.history;
  } else {
    const stored = historySchema.safeParse(state.history === null ? null : fromJson(state.history));
    if (!stored.success) throw unreadable(`history: ${stored.error.issues[0]?.message ?? 'invalid'}`);
    history = stored.data;
  }
  const step = document.data.v === DOCUMENT_VERSION ? document.data.step : undefined;
  return { initialEpoch: state.initialEpoch, learningRate: state.learningRate, callbacks, history, ...(step === undefined ? {} : { step }) };
}
