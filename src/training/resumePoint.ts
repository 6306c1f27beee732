/**
 * What a run needs to carry on from a checkpoint besides its weights: the
 * epoch to start from, the learning rate, each callback's state, and the
 * epoch history so far (so that charts continue where they ended). Storage
 * keeps the callbacks' state and the history as one opaque JSON text
 * (`ResumeState.callbackState`); this module writes and reads that text.
 */
import { z } from 'zod';
import type { CallbackState } from '../callbacks';
import type { ResumeState } from '../storage';
import type { EpochRecord } from './trainer';

/** Keyed by the callback's place in the config (`callbacks[2]`), with its type to check against. */
export type CallbackStates = Record<string, { type: string; state: CallbackState }>;

export interface ResumePoint {
  initialEpoch: number;
  learningRate: number;
  callbacks: CallbackStates;
  history: EpochRecord[];
}

const DOCUMENT_VERSION = 1;

// JSON has no NaN or infinities; a diverged loss has them. Written as strings, as the simulate CLI writes them.
const NON_FINITE = new Map<string, number>([
  ['NaN', Number.NaN],
  ['Infinity', Number.POSITIVE_INFINITY],
  ['-Infinity', Number.NEGATIVE_INFINITY],
]);

const anyNumber = z.custom<number>((value) => typeof value === 'number', 'must be a number');

const documentSchema = z.object({
  v: z.literal(DOCUMENT_VERSION),
  callbacks: z.record(z.string(), z.object({ type: z.string(), state: z.record(z.string(), anyNumber.nullable()) })),
  history: z.array(
    z.object({
      epoch: z.number().int().min(0),
      logs: z.record(z.string(), anyNumber),
      lrDuring: anyNumber,
      lrAfter: anyNumber,
      seconds: anyNumber,
      tensors: z.number(),
    }),
  ),
});

export function encodeResumePoint(point: ResumePoint): ResumeState {
  const document = { v: DOCUMENT_VERSION, callbacks: point.callbacks, history: point.history };
  const callbackState = JSON.stringify(document, (_key, value: unknown) =>
    typeof value === 'number' && !Number.isFinite(value) ? String(value) : value,
  );
  return { initialEpoch: point.initialEpoch, learningRate: point.learningRate, callbackState };
}

/** Throws when the stored text is not a resume document this version can read. */
export function decodeResumePoint(state: ResumeState): ResumePoint {
  const raw: unknown = JSON.parse(state.callbackState, (_key, value: unknown) =>
    typeof value === 'string' && NON_FINITE.has(value) ? NON_FINITE.get(value) : value,
  );
  const parsed = documentSchema.safeParse(raw);
  if (!parsed.success) throw new Error(`the checkpoint's resume state cannot be read: ${parsed.error.issues[0]?.message ?? 'invalid'}`);
  const { callbacks, history } = parsed.data;
  return { initialEpoch: state.initialEpoch, learningRate: state.learningRate, callbacks, history };
}
