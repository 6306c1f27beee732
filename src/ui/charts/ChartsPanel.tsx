/**
 * The run's charts: losses, each metric, the learning rate (steps on a log
 * axis, never smoothed) and any custom values, with a smoothing control for
 * everything but the learning rate. Each chart follows the run on its own
 * (LiveChart); this panel only knows which charts there are.
 */
import { Suspense, useCallback, useMemo, useState } from 'react';
import { HistoryDownload } from '../history/HistoryDownload';
import { RunFilesDownload } from '../history/RunFilesDownload';
import { useStore } from '../state/useStore';
import type { RunSessionState, RunSessionStore } from '../watch/runSession';
import {
  buildCustomChart,
  buildLearningRateChart,
  buildLogCharts,
  buildMarkers,
  competingLearningRateWriters,
  learningRateSetters,
  metricNames,
} from './chartModel';
import { LiveChart, type ChartView } from './LiveChart';
import { overlayMarkers, withOverlays, type OverlayRun } from './overlayRuns';
import { LR_MARKER_KINDS } from './markerStyle';
import { liveThrottled } from '../state/liveThrottled';

type History = RunSessionState['history'];
type Events = RunSessionState['events'];

export function lossView(history: History, events: Events): ChartView | null {
  const spec = buildLogCharts(history)[0];
  return spec ? { spec, markers: buildMarkers(events, history) } : null;
}

export function learningRateView(history: History, events: Events): ChartView {
  const competing = competingLearningRateWriters(events);
  return {
    spec: buildLearningRateChart(history),
    markers: buildMarkers(events, history).filter((marker) => LR_MARKER_KINDS.has(marker.kind)),
    setters: learningRateSetters(events),
    note: competing.length > 0 ? `${competing.join(' and ')} both set the learning rate in this run; hover an epoch to see which one set it.` : null,
  };
}

function customView(history: History, events: Events): ChartView | null {
  const spec = buildCustomChart(events);
  return spec ? { spec, markers: buildMarkers(events, history).filter((marker) => marker.kind === 'custom_marker') } : null;
}

function ChartPlaceholder() {
  return <div className="chart chart-loading" aria-hidden="true" />;
}

const NO_OVERLAYS: readonly OverlayRun[] = [];

/** The loss chart with the ticked past runs under it. */
function lossViewOver(overlays: readonly OverlayRun[]) {
  if (overlays.length === 0) return lossView;
  return (history: History, events: Events): ChartView | null => {
    const view = lossView(history, events);
    return view && { ...view, spec: withOverlays(view.spec, overlays, (theirs) => buildLogCharts(theirs)[0] ?? null), pastMarkers: overlayMarkers(overlays) };
  };
}

function learningRateViewOver(overlays: readonly OverlayRun[]) {
  if (overlays.length === 0) return learningRateView;
  return (history: History, events: Events): ChartView => {
    const view = learningRateView(history, events);
    return { ...view, spec: withOverlays(view.spec, overlays, buildLearningRateChart), pastMarkers: overlayMarkers(overlays, (marker) => LR_MARKER_KINDS.has(marker.kind)) };
  };
}

function MetricLiveChart({ session, slot, smoothing, name, overlays }: { session: RunSessionStore; slot: number; smoothing: number; name: string; overlays: readonly OverlayRun[] }) {
  const view = useCallback((history: History): ChartView | null => {
    const own = (rows: Parameters<typeof buildLogCharts>[0]) => buildLogCharts(rows).find((chart) => chart.id === name) ?? null;
    const spec = own(history);
    return spec ? { spec: withOverlays(spec, overlays, own), markers: [] } : null;
  }, [name, overlays]);
  return <LiveChart session={session} slot={slot} smoothing={smoothing} view={view} />;
}

export function ChartsPanel({ session, overlays = NO_OVERLAYS }: { session: RunSessionStore; overlays?: readonly OverlayRun[] }) {
  const loss = useMemo(() => lossViewOver(overlays), [overlays]);
  const rate = useMemo(() => learningRateViewOver(overlays), [overlays]);
  const slow = useMemo(() => liveThrottled(session, 'readout', { minIntervalMs: 1_000 }), [session]);
  // A string, so the panel re-renders only when the set of charts changes.
  const metrics = useStore(slow, (state) => metricNames(state.history).join(','));
  const hasCustom = useStore(slow, (state) => state.events.some((event) => event.kind === 'custom_value'));
  const [smoothing, setSmoothing] = useState(0.6);

  return (
    <section className="panel charts-panel" aria-labelledby="charts-heading">
      <div className="panel-heading">
        <h2 id="charts-heading">Training curves</h2>
        <div className="smoothing">
          <label htmlFor="smoothing">Smoothing</label>
          <input id="smoothing" type="range" min={0} max={0.99} step={0.01} value={smoothing} aria-describedby="smoothing-hint" onChange={(event) => setSmoothing(Number(event.target.value))} />
          <output htmlFor="smoothing">{smoothing.toFixed(2)}</output>
          <span id="smoothing-hint" className="visually-hidden">
            Debiased exponential moving average, as in TensorBoard; the learning rate is never smoothed.
          </span>
        </div>
        <HistoryDownload session={session} />
        <RunFilesDownload session={session} />
      </div>
      <Suspense fallback={<ChartPlaceholder />}>
        <div className="chart-grid">
          <LiveChart session={session} slot={0} smoothing={smoothing} view={loss} />
          <LiveChart session={session} slot={1} smoothing={0} view={rate} />
          {metrics
            .split(',')
            .filter(Boolean)
            .map((name, index) => (
              <MetricLiveChart key={name} session={session} slot={2 + index} smoothing={smoothing} name={name} overlays={overlays} />
            ))}
          {hasCustom && <LiveChart session={session} slot={3 + metrics.split(',').length} smoothing={smoothing} view={customView} />}
        </div>
      </Suspense>
    </section>
  );
}
