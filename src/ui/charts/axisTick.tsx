/**
 * A recharts axis label as one plain SVG text. recharts' own label (Text)
 * measures every word in the DOM to wrap it, a forced layout per new label
 * when a chart mounts, and axis numbers never wrap. Placed as Text places a
 * single line: 0.71em below a point it hangs from, 0.355em down to centre it.
 */
import type { BaseTickContentProps } from 'recharts';

const DY = { start: '0.71em', middle: '0.355em', end: 0 } as const;

export function axisTick({ x, y, textAnchor, verticalAnchor, fill, payload, tickFormatter, index, className }: BaseTickContentProps) {
  const value: unknown = payload.value;
  const label = tickFormatter ? tickFormatter(value, index) : String(value);
  return (
    <text className={className} x={x} y={y} dy={DY[verticalAnchor]} textAnchor={textAnchor} fill={fill} fontSize={11}>
      {label}
    </text>
  );
}
