/**
 * One chart of several runs on a shared epoch axis: each curve has its own
 * points (per-epoch losses, per-step scheduled rates), its colour, and a
 * legend button that hides or shows it. The learning rate is drawn as steps
 * on a log axis and never smoothed. While the runs go (`live`) the plot is
 * painted on a canvas; after they end it is the recharts plot, with its
 * tooltip, switched `switchDelayMs` later so that several charts mount
 * recharts in tasks of their own (as the main page's charts do).
 */
import { useState } from 'react';
import { useLiveSwitch } from '../charts/useLiveMode';
import type { ChartCurve, ChartMark } from './chartCurve';
import { RunsRecharts } from './LazyRunsRecharts';
import { RunsCanvas } from './RunsCanvas';

interface RunsChartProps {
  id: string;
  title: string;
  curves: readonly ChartCurve[];
  scale: 'linear' | 'log';
  stepped: boolean;
  marks?: readonly ChartMark[];
  empty: string;
  height?: number;
  live?: boolean;
  switchDelayMs?: number;
}

const NO_MARKS: readonly ChartMark[] = [];

export function RunsChart({ id, title, curves, scale, stepped, marks = NO_MARKS, empty, height = 200, live = false, switchDelayMs = 0 }: RunsChartProps) {
  const [hidden, setHidden] = useState<ReadonlySet<string>>(new Set());
  const { live: drawLive } = useLiveSwitch(live, switchDelayMs);
  const toggle = (curveId: string) =>
    setHidden((current) => {
      const next = new Set(current);
      if (!next.delete(curveId)) next.add(curveId);
      return next;
    });
  const shown = curves.filter((curve) => !hidden.has(curve.id) && curve.points.length > 0);
  const titleId = `runs-chart-${id}-title`;
  const plot = { curves: shown, scale, stepped, marks, height };

  return (
    <figure className="chart runs-chart" aria-labelledby={titleId} data-testid={`runs-chart-${id}`} data-curves={shown.length}>
      <figcaption className="chart-header">
        <span id={titleId} className="chart-title">
          {title}
          {scale === 'log' && <span className="chart-scale"> (log scale)</span>}
        </span>
        <span className="chart-legend" role="group" aria-label={`Runs in ${title}`}>
          {curves.map((curve) => (
            <button
              key={curve.id}
              type="button"
              className="legend-item legend-toggle"
              aria-pressed={!hidden.has(curve.id)}
              title={hidden.has(curve.id) ? `Show ${curve.label}` : `Hide ${curve.label}`}
              onClick={() => toggle(curve.id)}
            >
              <span className={`legend-line${curve.dashed ? ' dashed' : ''}`} style={{ borderColor: curve.colour, opacity: hidden.has(curve.id) ? 0.3 : 1 }} />
              {curve.label}
            </button>
          ))}
        </span>
      </figcaption>
      <div className="chart-body">
        {curves.every((curve) => curve.points.length === 0) ? <p className="chart-empty">{empty}</p> : drawLive ? <RunsCanvas {...plot} /> : <RunsRecharts {...plot} />}
      </div>
    </figure>
  );
}
