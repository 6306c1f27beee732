import { isActive, type RunSessionState } from '../watch/runSession';

/**
 * Selects the history of the last run that finished. A run in progress is
 * not "the last run" yet, and it replaces the session's history as it starts:
 * the preview keeps the one before, so it neither redraws every epoch nor
 * works its curve out again (and remounts its chart) beside a starting run.
 */
export function lastFinishedHistory(): (state: RunSessionState) => RunSessionState['history'] | null {
  let finished: RunSessionState['history'] | null = null;
  return (state) => {
    if (!isActive(state.status)) finished = state.history;
    return finished;
  };
}
