/**
 * Whether a chart draws live (canvas) or finished (recharts). Live while a
 * run goes, finished once it has ended; each chart switches `delayMs` after
 * the run's status changed, so that the charts' switches (a recharts chart
 * mounting or unmounting is the costly part) land in tasks of their own
 * instead of all in one long one. Until it switches (`switching`), the
 * chart keeps the data it had, so a new run's first (empty) update does not
 * unmount every recharts chart at once. Before the first run it is
 * finished: an empty chart, which mounts no recharts at all.
 */
import { useEffect, useState } from 'react';
import { useStore } from '../state/useStore';
import { isActive, type RunSessionStore } from '../watch/runSession';

/** Between one chart's switch and the next one's. */
export const SWITCH_STAGGER_MS = 70;

export interface LiveMode {
  live: boolean;
  switching: boolean;
}

/** Follows `active` (whether runs are going) `delayMs` behind. */
export function useLiveSwitch(active: boolean, delayMs: number): LiveMode {
  const [live, setLive] = useState(active);
  useEffect(() => {
    if (active === live) return;
    const timer = setTimeout(() => setLive(active), delayMs);
    return () => clearTimeout(timer);
  }, [active, live, delayMs]);
  return { live, switching: active !== live };
}

export function useLiveMode(session: RunSessionStore, delayMs: number): LiveMode {
  return useLiveSwitch(
    useStore(session, (state) => isActive(state.status)),
    delayMs,
  );
}
