/** The run's charts with the ticked past runs laid under them: only this re-renders when a run is ticked, not the page. */
import { useMemo } from 'react';
import { ChartsPanel } from '../charts/ChartsPanel';
import { useStore } from '../state/useStore';
import type { RunSessionStore } from '../watch/runSession';
import type { RunsController } from './runsController';
import { overlayRuns } from './runsView';

export function OverlaidCharts({ session, runs }: { session: RunSessionStore; runs: RunsController }) {
  const ticked = useStore(runs, (state) => state.ticked);
  const loaded = useStore(runs, (state) => state.loaded);
  const overlays = useMemo(() => overlayRuns(ticked, loaded), [ticked, loaded]);
  return <ChartsPanel session={session} overlays={overlays} />;
}
