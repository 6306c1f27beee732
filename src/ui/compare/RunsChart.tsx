/**
 * One chart of several runs on a shared epoch axis: each curve has its own
 * points (per-epoch losses, per-step scheduled rates), its colour, and a
 * legend button that hides or shows it. The learning rate is drawn as steps
 * on a log axis and never smoothed.
 */
import { useState } from 'react';
import { CartesianGrid, Line, LineChart, ReferenceLine, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { formatTick, noVerticalLines } from '../charts/axes';

export interface CurvePoint {
  x: number;
  y: number | null;
}

export interface ChartCurve {
  id: string;
  label: string;
  colour: string;
  points: CurvePoint[];
  /** Replays and previews are dashed, so they never pass for a trained run. */
  dashed?: boolean;
}

export interface ChartMark {
  x: number;
  colour: string;
  label: string;
}

interface RunsChartProps {
  id: string;
  title: string;
  curves: readonly ChartCurve[];
  scale: 'linear' | 'log';
  stepped: boolean;
  marks?: readonly ChartMark[];
  empty: string;
  height?: number;
}


/** A log axis cannot show 0, negatives or NaN: recharts breaks the line there. */
function drawable(points: readonly CurvePoint[], log: boolean): CurvePoint[] {
  return points.map(({ x, y }) => ({ x, y: y !== null && Number.isFinite(y) && (!log || y > 0) ? y : null }));
}

export function RunsChart({ id, title, curves, scale, stepped, marks = [], empty, height = 200 }: RunsChartProps) {
  const [hidden, setHidden] = useState<ReadonlySet<string>>(new Set());
  const toggle = (curveId: string) =>
    setHidden((current) => {
      const next = new Set(current);
      if (!next.delete(curveId)) next.add(curveId);
      return next;
    });
  const shown = curves.filter((curve) => !hidden.has(curve.id) && curve.points.length > 0);
  const titleId = `runs-chart-${id}-title`;

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
        {curves.every((curve) => curve.points.length === 0) ? (
          <p className="chart-empty">{empty}</p>
        ) : (
          <ResponsiveContainer width="100%" height={height}>
            <LineChart margin={{ top: 16, right: 12, bottom: 0, left: 0 }}>
              <CartesianGrid stroke="#8882" vertical={false} verticalCoordinatesGenerator={noVerticalLines} />
              <XAxis dataKey="x" type="number" domain={['dataMin', 'dataMax']} allowDecimals={false} allowDuplicatedCategory={false} tick={{ fontSize: 11 }} stroke="#8889" />
              <YAxis scale={scale} domain={['auto', 'auto']} tickFormatter={formatTick} width={52} tick={{ fontSize: 11 }} stroke="#8889" />
              <Tooltip isAnimationActive={false} formatter={(value) => (typeof value === 'number' ? value.toPrecision(4) : String(value))} labelFormatter={(x: unknown) => (typeof x !== 'number' ? '' : x === 0 ? 'before the first step' : `epoch ${Number(x.toFixed(2))}`)} />
              {marks.map((mark) => (
                <ReferenceLine key={`${mark.label}-${mark.x}`} x={mark.x} stroke={mark.colour} strokeDasharray="3 3" label={{ value: mark.label, position: 'top', fill: mark.colour, fontSize: 10 }} />
              ))}
              {shown.map((curve) => (
                <Line
                  key={curve.id}
                  data={drawable(curve.points, scale === 'log')}
                  dataKey="y"
                  name={curve.label}
                  type={stepped ? 'stepAfter' : 'linear'}
                  stroke={curve.colour}
                  strokeDasharray={curve.dashed ? '6 4' : undefined}
                  strokeWidth={1.75}
                  dot={false}
                  isAnimationActive={false}
                  className={`runs-curve runs-curve-${curve.id}`}
                />
              ))}
            </LineChart>
          </ResponsiveContainer>
        )}
      </div>
    </figure>
  );
}
