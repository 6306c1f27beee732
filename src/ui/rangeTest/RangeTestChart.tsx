/**
 * The range test's curve: smoothed loss against the learning rate on a log
 * axis (recharts), with each suggestion marked where it was read.
 */
import { CartesianGrid, Line, LineChart, ReferenceDot, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { RangeTestPoint } from '../../callbacks/rangeTest/rangeTestCurve';
import type { Suggestion } from '../../callbacks/rangeTest/suggestions';
import { formatTick, noVerticalLines } from '../charts/axes';
import { axisTick } from '../charts/axisTick';
import { SUGGESTION_COLOURS } from './suggestionColours';

export interface RangeTestChartProps {
  points: readonly RangeTestPoint[];
  suggestions: readonly Suggestion[];
  height: number;
}


function decadeTicks(points: readonly RangeTestPoint[]): number[] {
  const rates = points.map((point) => point.rate);
  const low = Math.floor(Math.log10(Math.min(...rates)));
  const high = Math.ceil(Math.log10(Math.max(...rates)));
  const every = Math.max(1, Math.ceil((high - low) / 8));
  const ticks: number[] = [];
  for (let decade = low; decade <= high; decade += every) ticks.push(10 ** decade);
  return ticks;
}

export function RangeTestChart({ points, suggestions, height }: RangeTestChartProps) {
  const drawn = points.filter((point) => Number.isFinite(point.smoothed));
  if (drawn.length === 0) return null;
  const ticks = decadeTicks(drawn);
  return (
    <ResponsiveContainer width="100%" height={height}>
      <LineChart data={drawn} margin={{ top: 16, right: 16, bottom: 4, left: 0 }} accessibilityLayer={false}>
        <CartesianGrid stroke="#8882" vertical={false} verticalCoordinatesGenerator={noVerticalLines} />
        <XAxis dataKey="rate" type="number" scale="log" domain={[ticks[0] ?? 'auto', ticks.at(-1) ?? 'auto']} ticks={ticks} interval={0} tickFormatter={formatTick} tick={axisTick} stroke="#8889" />
        <YAxis domain={['auto', 'auto']} tickFormatter={formatTick} width={52} tick={axisTick} stroke="#8889" />
        <Tooltip isAnimationActive={false} formatter={(value) => (typeof value === 'number' ? value.toPrecision(4) : String(value))} labelFormatter={(rate: unknown) => (typeof rate === 'number' ? `rate ${rate.toPrecision(3)}` : '')} />
        <Line dataKey="smoothed" name="smoothed loss" stroke="#3b82f6" strokeWidth={1.75} dot={false} isAnimationActive={false} className="range-test-curve" />
        {suggestions.map((suggestion) => (
          <ReferenceDot
            key={suggestion.name}
            x={suggestion.markRate}
            y={suggestion.loss}
            r={5}
            fill={SUGGESTION_COLOURS[suggestion.name]}
            stroke="none"
            className={`range-test-mark range-test-mark-${suggestion.name.replace('/', '-')}`}
            label={{ value: suggestion.name, position: 'top', fill: SUGGESTION_COLOURS[suggestion.name], fontSize: 11 }}
          />
        ))}
      </LineChart>
    </ResponsiveContainer>
  );
}
