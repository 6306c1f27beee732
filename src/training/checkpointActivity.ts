/**
 * Checkpoint saves as the page hears of them, from whichever training
 * client's worker made them: the checkpoints panel listens here, so it
 * refreshes on every save without knowing who started the run. A run's end
 * is news too: no save of that run is still on its way, so what the panel
 * holds back can be shown.
 */
import type { CheckpointActivity } from './checkpointProtocol';

export type CheckpointNews = CheckpointActivity | { kind: 'runEnded' };

type Listener = (news: CheckpointNews) => void;

const listeners = new Set<Listener>();

export function subscribeCheckpointActivity(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function publishCheckpointActivity(news: CheckpointNews): void {
  for (const listener of listeners) listener(news);
}
