/**
 * The markers of one chart as plain SVG: a dashed line per callback action
 * (with its tag when labelled) and a dot per checkpoint on the curve it
 * monitors. It only needs the chart's scales and plot area, so the live
 * canvas chart and the finished recharts chart draw the very same elements.
 */
import type { PlacedMarkers } from './markerPlacement';
import { MARKER_STYLE } from './markerStyle';

export interface MarkerFrame {
  x: (epoch: number) => number | undefined;
  y: (value: number) => number | undefined;
  area: { x: number; y: number; width: number; height: number };
}

const inside = (value: number | undefined, from: number, size: number): value is number =>
  value !== undefined && Number.isFinite(value) && value >= from - 0.5 && value <= from + size + 0.5;

/** A tag centred on its line, but kept inside the chart near either edge ("restored" at the last epoch, not "restor"). */
function tagAnchor(at: number, area: MarkerFrame['area']): 'start' | 'middle' | 'end' {
  if (at > area.x + area.width - 28) return 'end';
  if (at < area.x + 28) return 'start';
  return 'middle';
}

export function MarkerLayer({ placed, frame }: { placed: PlacedMarkers; frame: MarkerFrame }) {
  const { x, y, area } = frame;
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
              <text x={at} y={top - 4} textAnchor={tagAnchor(at, area)} fill={color} fontSize={10}>
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
