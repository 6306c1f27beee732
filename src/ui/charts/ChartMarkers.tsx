/**
 * The markers of one chart drawn as plain SVG inside it: a dashed line per
 * callback action (labelled when far enough from the last label to read)
 * and a dot per checkpoint on the curve it monitors. One component reading
 * the chart's scales, instead of a recharts ReferenceLine/ReferenceDot per
 * marker: recharts 3 re-registers every reference element in its chart store
 * on each render of it, and each registration recomputes the chart's
 * selectors, so a long run's markers made every redraw slower than the last.
 */
import { usePlotArea, useXAxisScale, useYAxisScale } from 'recharts';
import type { ChartSpec, Marker } from './chartModel';
import { MARKER_STYLE } from './markerStyle';

export interface PlacedMarkers {
  lines: { marker: Marker; labelled: boolean }[];
  dots: Marker[];
}

/**
 * Checkpoints sit as dots on the curve they monitor; other actions are
 * dashed lines, labelled only when far enough from the last label to read.
 */
export function placeMarkers(spec: ChartSpec, markers: readonly Marker[]): PlacedMarkers {
  const keys = new Set(spec.series.map((series) => series.key));
  const first = spec.rows[0]?.epoch ?? 1;
  const span = Math.max(1, (spec.rows.at(-1)?.epoch ?? first) - first);
  const dots: Marker[] = [];
  const lines: { marker: Marker; labelled: boolean }[] = [];
  const seen = new Set<string>();
  let lastLabel = -Infinity;
  for (const marker of [...markers].sort((a, b) => a.epoch - b.epoch)) {
    if (marker.kind === 'checkpoint_saved' && marker.monitor && keys.has(marker.monitor)) {
      dots.push(marker);
      continue;
    }
    const id = `${marker.epoch}-${marker.kind}`;
    if (seen.has(id)) continue;
    seen.add(id);
    const labelled = marker.kind !== 'checkpoint_saved' && marker.epoch - lastLabel >= span / 24;
    if (labelled) lastLabel = marker.epoch;
    lines.push({ marker, labelled });
  }
  return { lines, dots };
}

const inside = (value: number | undefined, from: number, size: number): value is number =>
  value !== undefined && Number.isFinite(value) && value >= from - 0.5 && value <= from + size + 0.5;

export function ChartMarkers({ placed }: { placed: PlacedMarkers }) {
  const x = useXAxisScale();
  const y = useYAxisScale();
  const area = usePlotArea();
  if (!x || !y || !area) return null;
  const top = area.y;
  const bottom = area.y + area.height;
  return (
    <g className="chart-markers" aria-hidden="true">
      {placed.lines.map(({ marker, labelled }) => {
        const at = x(marker.epoch);
        if (!inside(at, area.x, area.width)) return null;
        const style = MARKER_STYLE[marker.kind];
        const color = style?.color ?? '#888';
        return (
          <g key={`${marker.epoch}-${marker.kind}`} className={`marker marker-${marker.kind}`}>
            <line x1={at} x2={at} y1={top} y2={bottom} stroke={color} strokeOpacity={0.7} strokeDasharray="3 3" />
            {labelled && style && (
              <text x={at} y={top - 4} textAnchor="middle" fill={color} fontSize={10}>
                {style.tag}
              </text>
            )}
          </g>
        );
      })}
      {placed.dots.map((marker) => {
        const atX = x(marker.epoch);
        const atY = marker.value === undefined ? undefined : y(marker.value);
        if (!inside(atX, area.x, area.width) || !inside(atY, top, area.height)) return null;
        return <circle key={`${marker.epoch}-dot`} className="marker marker-checkpoint_saved" cx={atX} cy={atY} r={3} fill={MARKER_STYLE.checkpoint_saved?.color} />;
      })}
    </g>
  );
}
