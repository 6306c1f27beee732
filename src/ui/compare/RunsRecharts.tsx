/**
 * The plot of a compare chart once its runs have ended (and of the schedule
 * preview): recharts, with a tooltip reading each run's value at an epoch;
 * a seed group's band is a ranged area under its mean, and its tooltip
 * lists each seed's value.
 */
import { Area, CartesianGrid, ComposedChart, Line, ReferenceLine, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { useMemo } from 'react';
import { noVerticalLines } from '../charts/axes';
import { tickLabels, valueAxis } from '../charts/valueAxis';
import { axisTick } from '../charts/axisTick';
import { BAND_ALPHA } from './drawRuns';
import type { ChartCurve, ChartMark } from './chartCurve';
import { drawable } from './runsPlot';
import { SeedTooltip } from './SeedTooltip';

export interface RunsPlotProps {
  curves: readonly ChartCurve[];
  scale: 'linear' | 'log';
  stepped: boolean;
  marks: readonly ChartMark[];
  height: number;
}

const bandRange = (point: { lo: number; hi: number }): [number, number] => [point.lo, point.hi];

export function RunsRecharts({ curves, scale, stepped, marks, height }: RunsPlotProps) {
  const log = scale === 'log';
  // Given outright, as the run's own charts give theirs: ticks recharts picks itself can repeat a label (1e+35 twice).
  const yAxis = useMemo(() => {
    const axis = valueAxis(scale, curves.flatMap((curve) => [...curve.points.map(({ y }) => ({ y })), ...(curve.band ?? []).flatMap(({ lo, hi }) => [{ y: lo }, { y: hi }])]), ['y']);
    const labels = tickLabels(axis.ticks);
    return { domain: [axis.domain[0], axis.domain[1]] as [number, number], ticks: axis.ticks, format: (value: number) => labels.get(value) ?? String(value) };
  }, [curves, scale]);
  return (
    <ResponsiveContainer width="100%" height={height}>
      <ComposedChart margin={{ top: 16, right: 12, bottom: 0, left: 0 }} accessibilityLayer={false}>
        <CartesianGrid stroke="#8882" vertical={false} verticalCoordinatesGenerator={noVerticalLines} />
        <XAxis dataKey="x" type="number" domain={['dataMin', 'dataMax']} allowDecimals={false} allowDuplicatedCategory={false} interval={0} tick={axisTick} stroke="#8889" />
        <YAxis scale={scale} domain={yAxis.domain} ticks={yAxis.ticks} interval={0} tickFormatter={yAxis.format} width={52} tick={axisTick} stroke="#8889" />
        <Tooltip isAnimationActive={false} content={<SeedTooltip curves={curves} />} />
        {marks.map((mark) => (
          <ReferenceLine key={`${mark.label}-${mark.x}`} x={mark.x} stroke={mark.colour} strokeDasharray="3 3" label={{ value: mark.label, position: 'insideTopRight', fill: mark.colour, fontSize: 10 }} />
        ))}
        {curves.map((curve) =>
          curve.band ? (
            <Area
              key={`${curve.id}-band`}
              data={curve.band.filter(({ lo }) => !log || lo > 0)}
              dataKey={bandRange}
              name={`${curve.label} band`}
              type={stepped ? 'stepAfter' : 'linear'}
              stroke="none"
              fill={curve.colour}
              fillOpacity={BAND_ALPHA}
              isAnimationActive={false}
              activeDot={false}
              tooltipType="none"
              className={`runs-band runs-band-${curve.id}`}
            />
          ) : null,
        )}
        {curves.map((curve) => (
          <Line
            key={curve.id}
            data={drawable(curve.points, log)}
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
      </ComposedChart>
    </ResponsiveContainer>
  );
}
