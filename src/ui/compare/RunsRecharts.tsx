/**
 * The plot of a compare chart once its runs have ended (and of the schedule
 * preview): recharts, with a tooltip reading each run's value at an epoch.
 */
import { CartesianGrid, Line, LineChart, ReferenceLine, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { useMemo } from 'react';
import { formatTick, logTicks, noVerticalLines } from '../charts/axes';
import { axisTick } from '../charts/axisTick';
import type { ChartCurve, ChartMark } from './chartCurve';
import { drawable } from './runsPlot';

export interface RunsPlotProps {
  curves: readonly ChartCurve[];
  scale: 'linear' | 'log';
  stepped: boolean;
  marks: readonly ChartMark[];
  height: number;
}

const AUTO: [string, string] = ['auto', 'auto'];

export function RunsRecharts({ curves, scale, stepped, marks, height }: RunsPlotProps) {
  const decades = useMemo(() => (scale === 'log' ? logTicks(curves.flatMap((curve) => curve.points.map(({ y }) => ({ y }))), ['y']) : null), [curves, scale]);
  return (
    <ResponsiveContainer width="100%" height={height}>
      <LineChart margin={{ top: 16, right: 12, bottom: 0, left: 0 }} accessibilityLayer={false}>
        <CartesianGrid stroke="#8882" vertical={false} verticalCoordinatesGenerator={noVerticalLines} />
        <XAxis dataKey="x" type="number" domain={['dataMin', 'dataMax']} allowDecimals={false} allowDuplicatedCategory={false} interval={0} tick={axisTick} stroke="#8889" />
        <YAxis scale={scale} domain={decades?.domain ?? AUTO} ticks={decades?.ticks} interval={0} tickFormatter={formatTick} width={52} tick={axisTick} stroke="#8889" />
        <Tooltip isAnimationActive={false} formatter={(value) => (typeof value === 'number' ? value.toPrecision(4) : String(value))} labelFormatter={(x: unknown) => (typeof x !== 'number' ? '' : `epoch ${Number(x.toFixed(2))}`)} />
        {marks.map((mark) => (
          <ReferenceLine key={`${mark.label}-${mark.x}`} x={mark.x} stroke={mark.colour} strokeDasharray="3 3" label={{ value: mark.label, position: 'insideTopRight', fill: mark.colour, fontSize: 10 }} />
        ))}
        {curves.map((curve) => (
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
  );
}
