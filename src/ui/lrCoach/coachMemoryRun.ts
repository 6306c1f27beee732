/**
 * LR Coach's memory around one run of the page: read before it starts (per
 * task kind, from IndexedDB, with a time limit so a storage that does not
 * answer only means a cold start), written when it ends.
 */
import type { CoachMemory } from '../../callbacks';
import type { RunConfig } from '../../config/runConfig';
import { openCoachMemoryStore, type CoachMemoryStore } from '../../storage/coachMemoryStore';
import type { RunHandlers } from '../../training/client';
import type { RunSessionStore } from '../watch/runSession';
import { memoryAfterRun, taskKindOf, withCoachMemory } from './coachRun';

const OPEN_TIMEOUT_MS = 1500;
let opened: CoachMemoryStore | null = null;

export function coachMemoryStore(): CoachMemoryStore {
  opened ??= openCoachMemoryStore();
  return opened;
}

/** Listeners of the memory: the coach panel redraws when a run or the learner changes it. */
const listeners = new Set<() => void>();
export function onCoachMemoryChange(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
export function coachMemoryChanged(): void {
  for (const listener of listeners) listener();
}

export async function withRememberedCoach(config: RunConfig): Promise<{ sent: RunConfig; previous: CoachMemory | null }> {
  const timeout = new Promise<null>((resolve) => setTimeout(() => resolve(null), OPEN_TIMEOUT_MS));
  const previous = await Promise.race([coachMemoryStore().load(taskKindOf(config.dataset)).catch(() => null), timeout]);
  return { sent: withCoachMemory(config, previous), previous };
}

/** The run's handlers, with the coach's memory kept when the run ends (a failed run teaches nothing). */
export function coachKeeping(handlers: RunHandlers, store: RunSessionStore, config: RunConfig, previous: CoachMemory | null): RunHandlers {
  return {
    ...handlers,
    onDone: (summary) => {
      handlers.onDone?.(summary);
      if (summary.failure) return;
      const memory = memoryAfterRun(config, store.getState().callbackStates, previous);
      if (memory) void coachMemoryStore().save(memory).then(coachMemoryChanged, () => undefined);
    },
  };
}
