/**
 * Which callbacks in a stack write the learning rate, and the note a learner
 * needs when more than one does: the last writer before an epoch trains wins,
 * and LearningRateScheduler writes at the start of every epoch.
 */
import type { CallbackTypeName } from '../../config/callbackSchemas';

interface EntryLike {
  type: CallbackTypeName;
  enabled: boolean;
}

const LR_WRITERS: ReadonlySet<CallbackTypeName> = new Set(['ReduceLROnPlateau', 'LearningRateScheduler']);

export function lrWriterNote(entries: readonly EntryLike[]): string | null {
  const writers = [...new Set(entries.filter((entry) => entry.enabled && LR_WRITERS.has(entry.type)).map((entry) => entry.type))];
  if (writers.length < 2 && entries.filter((entry) => entry.enabled && entry.type === 'LearningRateScheduler').length < 2) return null;
  return 'More than one callback sets the learning rate. LearningRateScheduler sets it at the start of every epoch, so it overrides a cut made by ReduceLROnPlateau at the end of the epoch before, as in Keras. The learning-rate chart shows which callback set it each epoch.';
}
