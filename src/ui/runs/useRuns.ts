/** The page's Runs list: the controller over this browser's run store, listed once on load, and the page's own run kept as it trains. */
import { useEffect, useMemo } from 'react';
import { openRunStore } from '../../storage';
import type { RunSessionStore } from '../watch/runSession';
import { createRunsController, type RunsController } from './runsController';
import { recordSession } from './sessionRecorder';

export function useRuns(session: RunSessionStore): RunsController {
  const runs = useMemo(() => createRunsController(() => openRunStore()), []);
  useEffect(() => {
    void runs.refresh();
    return recordSession(session, runs);
  }, [session, runs]);
  return runs;
}
