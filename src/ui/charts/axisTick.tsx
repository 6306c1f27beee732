/**
 * A recharts axis label as one plain SVG text. recharts' own label (Text)
 * measures every word in the DOM to wrap it, a forced layout per new label
 * when a chart mounts, and axis numbers never wrap. Placed as Text places a
 * single line: 0.71em below a point it hangs from, 0.355em down to centre it.
 * In the page's muted text colour, as the canvas chart's labels, written out
 * (not var(--muted)) so a downloaded SVG keeps it.
 */
import type { BaseTickContentProps } from 'recharts';
import { tickTextColour } from './axes';

const DY = { start: '0.71em', middle: '0.355em', end: 0 } as const;

export function axisTick({ x, y, textAnchor, verticalAnchor, payload, tickFormatter, index, className }: BaseTickContentProps) {
  const value: unknown = payload.value;
  const label = tickFormatter ? tickFormatter(value, index) : String(value);
  return (
    <text className={className} x={x} y={y} dy={DY[verticalAnchor]} textAnchor={textAnchor} fontSize={11} fill={tickTextColour()}>
      {label}
    </text>
  );
}
