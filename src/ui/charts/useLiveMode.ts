/**
 * Whether a chart draws live (canvas) or finished (recharts). Live from the
 * moment a run starts; finished once it has ended, a little after the
 * charts before it (`delayMs`), and as a transition, so that the recharts
 * charts mount one task each instead of all in one long one.
 */
import { startTransition, useEffect, useState } from 'react';
import { useStore } from '../state/useStore';
import { isActive, type RunSessionStore } from '../watch/runSession';

export function useLiveMode(session: RunSessionStore, delayMs: number): boolean {
  const active = useStore(session, (state) => isActive(state.status));
  const [live, setLive] = useState(active);
  if (active && !live) setLive(true);
  useEffect(() => {
    if (active || !live) return;
    const timer = setTimeout(() => startTransition(() => setLive(false)), delayMs);
    return () => clearTimeout(timer);
  }, [active, live, delayMs]);
  return live;
}
