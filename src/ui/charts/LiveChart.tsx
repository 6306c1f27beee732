/**
 * One chart following the run: it subscribes on its own, a few times a
 * second and staggered from the other charts, so that each redraw is a
 * short task of its own instead of all charts in one long one.
 */
import { lazy, useLayoutEffect, useMemo, useState } from 'react';
import type { RunSessionState, RunSessionStore } from '../watch/runSession';
import { frameThrottled, useStore } from '../state/useStore';
import type { ChartSpec, Marker } from './chartModel';

// recharts is most of the page's weight: it loads just after the first paint, not before it.
const MetricChart = lazy(() => import('./MetricChart').then((module) => ({ default: module.MetricChart })));

export const CHART_REDRAW_MS = 300;
const STAGGER_MS = 70;
/** A chart may use at most about this share of the main thread while it follows a run. */
const MAX_SHARE = 0.1;

/** Times a render from its start to its commit. */
class RedrawCost {
  lastMs = 0;
  private startedAt = 0;

  started(): void {
    this.startedAt = performance.now();
  }

  finished(): void {
    this.lastMs = performance.now() - this.startedAt;
  }
}

export interface ChartView {
  spec: ChartSpec;
  markers: readonly Marker[];
  setters?: ReadonlyMap<number, string>;
  note?: string | null;
}

interface LiveChartProps {
  session: RunSessionStore;
  slot: number;
  smoothing: number;
  view: (history: RunSessionState['history'], events: RunSessionState['events']) => ChartView | null;
}

export function LiveChart({ session, slot, smoothing, view }: LiveChartProps) {
  // How long redraws take: a slow machine redraws less often instead of stuttering.
  const [cost] = useState(() => new RedrawCost());
  cost.started();
  useLayoutEffect(() => cost.finished());
  const throttled = useMemo(
    () => frameThrottled(session, () => Math.max(CHART_REDRAW_MS, cost.lastMs / MAX_SHARE), slot * STAGGER_MS),
    [session, slot, cost],
  );
  const history = useStore(throttled, (state) => state.history);
  const events = useStore(throttled, (state) => state.events);
  const shown = useMemo(() => view(history, events), [view, history, events]);
  if (!shown) return null;
  return <MetricChart spec={shown.spec} markers={shown.markers} smoothing={smoothing} setters={shown.setters} note={shown.note} />;
}
