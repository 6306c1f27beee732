/**
 * One live chart: raw series (faint when smoothed) and their smoothed lines,
 * markers where callbacks acted, a tooltip with every series at the hovered
 * epoch, a brush to zoom, and PNG/SVG download. Draws at most
 * MAX_DRAWN_ROWS rows; the full series stays in the store.
 */
import { memo, useCallback, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { Brush, CartesianGrid, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { ChartFrame } from './ChartFrame';
import { ChartMarkers } from './ChartMarkers';
import type { ChartSpec, Marker } from './chartModel';
import { downloadPng, downloadSvg } from './chartDownload';
import { drawnRows, smoothKey } from './chartRows';
import { ChartTooltip } from './ChartTooltip';
import { placeMarkers } from './markerPlacement';
import { seriesColor } from './seriesColor';
import { noVerticalLines } from './axes';
import { tickLabels, valueAxis } from './valueAxis';
import { axisTick } from './axisTick';
import { FADED_ALPHA, rawAlpha, underFirst } from './canvasPlot';
import { useNoTabStops } from './useNoTabStops';

interface MetricChartProps {
  spec: ChartSpec;
  markers: readonly Marker[];
  smoothing: number;
  setters?: ReadonlyMap<number, string>;
  note?: string | null;
  /** Past runs' markers: in the tooltip only. */
  pastMarkers?: readonly Marker[];
}

const NO_MARKERS: readonly Marker[] = [];

// recharts 3 keeps axis and chart settings in a store and updates it when a
// prop changes identity, so props are module constants, not inline literals.
const MARGIN = { top: 16, right: 12, bottom: 0, left: 0 };
const X_DOMAIN: [string, string] = ['dataMin', 'dataMax'];
/** The chart's legend as a downloaded file draws it. */
const legendOf = (spec: ChartSpec) => spec.series.map((series, index) => ({ label: series.label, color: seriesColor(series, index), dashed: series.validation }));

interface BrushRange {
  startIndex?: number;
  endIndex?: number;
}

/**
 * recharts 3's Brush registers its settings in the chart store again on each
 * render, which recomputes the whole chart: memoised, with no indexes while
 * not zoomed (it then follows the data by itself), it renders only when the
 * zoom changes, not on every redraw of a live chart.
 */
const ZoomBrush = memo(function ZoomBrush({ startIndex, endIndex, onChange }: { startIndex: number | undefined; endIndex: number | undefined; onChange: (range: BrushRange) => void }) {
  return <Brush dataKey="epoch" height={16} travellerWidth={8} stroke="#8889" startIndex={startIndex} endIndex={endIndex} onChange={onChange} />;
});

/**
 * Memoised: a finished chart re-renders only when what it draws changes,
 * not each time its LiveChart does (a run starting re-renders the LiveChart
 * while it still holds the finished run's data, and a recharts re-render of
 * a few hundred points is tens of milliseconds).
 */
export const MetricChart = memo(function MetricChart({ spec, markers, smoothing, setters, note, pastMarkers = NO_MARKERS }: MetricChartProps) {
  const figureRef = useRef<HTMLElement>(null);
  const [zoom, setZoom] = useState<{ start: number; end: number } | null>(null);
  const { rows, smoothed } = useMemo(() => drawnRows(spec, smoothing), [spec, smoothing]);
  // The canvas chart's axis, given outright: recharts would widen an accuracy axis to 1.05, and its ticks would move when the live chart turns into this one.
  const yAxis = useMemo(() => {
    const axis = valueAxis(spec.scale, rows, spec.series.flatMap((series) => [series.key, smoothKey(series.key)]), spec.ceiling);
    const labels = tickLabels(axis.ticks);
    return { domain: [axis.domain[0], axis.domain[1]] as [number, number], ticks: axis.ticks, format: (value: number) => labels.get(value) ?? String(value) };
  }, [spec, rows]);
  const smoothedByEpoch = useMemo(() => new Map(rows.map((row) => [row.epoch, row])), [rows]);
  const placed = useMemo(() => placeMarkers(spec, markers), [spec, markers]);
  const ordered = useMemo(() => underFirst(spec.series), [spec.series]);
  const tooltip = useCallback(
    ({ label }: { label?: unknown }) => (
      <ChartTooltip
        spec={spec}
        epoch={typeof label === 'number' ? label : null}
        markers={pastMarkers.length > 0 ? [...markers, ...pastMarkers] : markers}
        setters={setters}
        smoothedAt={smoothed ? (key, epoch) => smoothedByEpoch.get(epoch)?.[smoothKey(key)] ?? null : undefined}
      />
    ),
    [spec, markers, pastMarkers, setters, smoothed, smoothedByEpoch],
  );

  const svg = () => figureRef.current?.querySelector<SVGSVGElement>('svg.recharts-surface') ?? null;
  const startIndex = zoom ? Math.max(0, rows.findIndex((row) => row.epoch >= zoom.start)) : 0;
  const endIndexFound = zoom ? rows.findIndex((row) => row.epoch >= zoom.end) : -1;
  const endIndex = endIndexFound < 0 ? Math.max(0, rows.length - 1) : endIndexFound;
  // The brush's handler reads the drawn rows through a ref, so it stays the same function as rows grow.
  const rowsRef = useRef(rows);
  useLayoutEffect(() => {
    rowsRef.current = rows;
  }, [rows]);
  useNoTabStops(figureRef);
  const onBrush = useCallback((range: BrushRange) => {
    const drawn = rowsRef.current;
    const start = drawn[range.startIndex ?? 0]?.epoch;
    const end = drawn[range.endIndex ?? drawn.length - 1]?.epoch;
    if (start === undefined || end === undefined) return;
    const full = start === drawn[0]?.epoch && end === drawn.at(-1)?.epoch;
    setZoom(full ? null : { start, end });
  }, []);

  return (
    <ChartFrame
      spec={spec}
      markerCount={markers.length}
      note={note}
      figureRef={figureRef}
      actions={
        <>
          {zoom && (
            <button type="button" className="link-button" onClick={() => setZoom(null)}>
              Reset zoom
            </button>
          )}
          <button type="button" className="link-button" aria-label={`Download the ${spec.title} chart as PNG`} onClick={() => { const element = svg(); if (element) void downloadPng(element, spec.title, legendOf(spec)); }}>
            PNG
          </button>
          <button type="button" className="link-button" aria-label={`Download the ${spec.title} chart as SVG`} onClick={() => { const element = svg(); if (element) downloadSvg(element, spec.title, legendOf(spec)); }}>
            SVG
          </button>
        </>
      }
    >
      <ResponsiveContainer width="100%" height={200}>
        <LineChart data={rows} margin={MARGIN} accessibilityLayer={false}>
          <CartesianGrid stroke="#8882" vertical={false} verticalCoordinatesGenerator={noVerticalLines} />
          <XAxis dataKey="epoch" type="number" domain={X_DOMAIN} allowDecimals={false} interval={0} tick={axisTick} stroke="#8889" />
          <YAxis
            scale={spec.scale}
            domain={yAxis.domain}
            ticks={yAxis.ticks}
            interval={0}
            tickFormatter={yAxis.format}
            width={52}
            tick={axisTick}
            stroke="#8889"
          />
          <Tooltip
            isAnimationActive={false}
            content={tooltip}
          />
          {ordered.map(({ series, index }) => (
            <Line
              key={series.key}
              dataKey={series.key}
              name={series.label}
              type={spec.stepped ? 'stepAfter' : 'linear'}
              stroke={seriesColor(series, index)}
              strokeOpacity={rawAlpha(series, smoothed)}
              strokeDasharray={series.validation && !smoothed ? '5 3' : undefined}
              strokeWidth={smoothed ? 1 : 1.75}
              dot={false}
              isAnimationActive={false}
              connectNulls={false}
            />
          ))}
          {smoothed &&
            ordered.map(({ series, index }) => (
              <Line
                key={smoothKey(series.key)}
                dataKey={smoothKey(series.key)}
                name={`${series.label} (smoothed)`}
                stroke={seriesColor(series, index)}
                strokeOpacity={series.faded ? FADED_ALPHA : 1}
                strokeDasharray={series.validation ? '5 3' : undefined}
                strokeWidth={1.75}
                dot={false}
                isAnimationActive={false}
              />
            ))}
          <ChartMarkers placed={placed} />
          {rows.length > 20 && <ZoomBrush startIndex={zoom ? startIndex : undefined} endIndex={zoom ? endIndex : undefined} onChange={onBrush} />}
        </LineChart>
      </ResponsiveContainer>
    </ChartFrame>
  );
});
