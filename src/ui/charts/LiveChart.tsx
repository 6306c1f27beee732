/**
 * One chart following the run: it redraws a few times a second, on the live
 * beat's drawing phase, so all charts change in the same frame. While the run
 * goes it is painted on a canvas (CanvasChart); once the run has ended it is
 * the recharts chart with tooltip, zoom and downloads (MetricChart), and the
 * charts switch one per task, staggered, since a recharts chart mounting or
 * unmounting is costly.
 */
import { lazy, useMemo } from 'react';
import type { RunSessionState, RunSessionStore } from '../watch/runSession';
import { LIVE_BEAT_MS } from '../state/liveBeat';
import { liveThrottled } from '../state/liveThrottled';
import { redrawInterval, type RedrawBudget } from '../state/redrawBudget';
import { useHeld } from '../state/useHeld';
import { useStore } from '../state/useStore';
import { CanvasChart } from './CanvasChart';
import type { ChartSpec, Marker } from './chartModel';
import { SWITCH_STAGGER_MS, useLiveMode } from './useLiveMode';

// recharts is most of the page's weight: it loads just after the first paint, not before it.
const MetricChart = lazy(() => import('./MetricChart').then((module) => ({ default: module.MetricChart })));

/** A chart may use about a tenth of the main thread while it follows a run, and never lags it by more than 2 s. */
const CHART_REDRAW_BUDGET: RedrawBudget = { share: 0.1, minMs: LIVE_BEAT_MS, maxMs: 2_000 };

/** A run's first epoch is drawn as soon as it arrives, not on the beat: the learner who pressed Train sees it start (`firstEpochMs`). */
export const firstEpochArrived = (delivered: RunSessionState, current: RunSessionState): boolean => delivered.history.length === 0 && current.history.length > 0;

export interface ChartView {
  spec: ChartSpec;
  markers: readonly Marker[];
  setters?: ReadonlyMap<number, string>;
  note?: string | null;
  /** Past runs' markers (overlayRuns.ts): listed when hovering an epoch, not drawn. */
  pastMarkers?: readonly Marker[];
}

interface LiveChartProps {
  session: RunSessionStore;
  slot: number;
  smoothing: number;
  view: (history: RunSessionState['history'], events: RunSessionState['events']) => ChartView | null;
}

export function LiveChart({ session, slot, smoothing, view }: LiveChartProps) {
  const throttled = useMemo(
    () => liveThrottled(session, 'drawing', { minIntervalMs: (lastRedrawMs) => redrawInterval(lastRedrawMs, CHART_REDRAW_BUDGET), immediate: firstEpochArrived }),
    [session],
  );
  const { live, switching } = useLiveMode(session, slot * SWITCH_STAGGER_MS);
  const history = useHeld(useStore(throttled, (state) => state.history), switching);
  const events = useHeld(useStore(throttled, (state) => state.events), switching);
  const shown = useMemo(() => view(history, events), [view, history, events]);
  if (!shown) return null;
  // An empty chart is the canvas one too (its plot mounted and measured), so a run's first epoch only paints it:
  // no recharts chart to take down as the run starts, no plot to mount and measure when the epoch arrives.
  if (live || shown.spec.rows.length === 0) return <CanvasChart spec={shown.spec} markers={shown.markers} smoothing={smoothing} note={shown.note} />;
  return <MetricChart spec={shown.spec} markers={shown.markers} smoothing={smoothing} setters={shown.setters} note={shown.note} pastMarkers={shown.pastMarkers} />;
}
