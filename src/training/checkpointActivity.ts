/**
 * Checkpoint saves as the page hears of them, from whichever training
 * client's worker made them: the checkpoints panel listens here, so it
 * refreshes on every save without knowing who started the run.
 */
import type { CheckpointActivity } from './checkpointProtocol';

type Listener = (activity: CheckpointActivity) => void;

const listeners = new Set<Listener>();

export function subscribeCheckpointActivity(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function publishCheckpointActivity(activity: CheckpointActivity): void {
  for (const listener of listeners) listener(activity);
}
