/**
 * Keeps the page's run in the Runs list as it trains: from its first epoch
 * (so pressing Train again never loses it), batched (runWriter.ts: the
 * newest record at most every 2 s, built only then), and once more when it
 * ends. It only watches the session store: nothing is added to the
 * worker's loop or its messages.
 */
import { newRunId } from '../../storage';
import type { RunSessionState, RunSessionStore } from '../watch/runSession';
import { isActive } from '../watch/runSession';
import { recordOfRun } from './recordOfRun';
import type { RunsController } from './runsController';

interface Recording {
  startedAt: number;
  id: string;
  createdAt: number;
  writer: ReturnType<RunsController['writer']>;
  ended: boolean;
}

function factsOf(state: RunSessionState, recording: Recording) {
  return {
    id: recording.id,
    createdAt: recording.createdAt,
    origin: { kind: 'trained' as const },
    config: state.config,
    history: state.history,
    events: state.events,
    summary: state.summary,
    error: state.status === 'failed' && !state.summary ? state.error : null,
    active: isActive(state.status),
  };
}

/** Starts watching; returns how to stop. */
export function recordSession(session: RunSessionStore, runs: RunsController, now: () => number = Date.now): () => void {
  let recording: Recording | null = null;
  let seen: Pick<RunSessionState, 'history' | 'status' | 'startedAt'> | null = null;
  return session.subscribe(() => {
    const state = session.getState();
    // The session changes with every progress message; only new epochs and a new status matter here.
    if (seen && seen.history === state.history && seen.status === state.status && seen.startedAt === state.startedAt) return;
    seen = { history: state.history, status: state.status, startedAt: state.startedAt };
    if (state.startedAt === null || state.config === null) return;
    if (recording?.startedAt !== state.startedAt) {
      recording = { startedAt: state.startedAt, id: newRunId(now()), createdAt: now(), writer: runs.writer(), ended: false };
    }
    const current = recording;
    if (state.history.length === 0 || current.ended) return;
    const build = () => recordOfRun(factsOf(state, current), now());
    if (isActive(state.status)) {
      current.writer.update(build);
      return;
    }
    current.ended = true;
    void current.writer.finish(build).then(() => {
      runs.setLive(null);
      return runs.refresh();
    });
  });
}
