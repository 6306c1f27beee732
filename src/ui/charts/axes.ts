/** What the charts' axes share, drawn by recharts or on a canvas. */

/** Value-axis tick labels: three significant digits, exponents outside 0.001–10,000 (but 0 is "0"). */
export const formatTick = (value: number): string => {
  if (value === 0) return '0';
  return Math.abs(value) >= 1e-3 && Math.abs(value) < 1e4 ? String(Number(value.toPrecision(3))) : value.toExponential(0);
};

/**
 * For recharts' CartesianGrid with `vertical={false}`, which still works out
 * where the vertical lines would go: on a LineChart from every data point's
 * x, each label measured in the DOM (a forced layout per label not measured
 * before: about 90 when a 200-epoch chart is first drawn, a good part of its
 * mount). Answering "nowhere" skips that work for lines never drawn.
 */
export const noVerticalLines = (): number[] => [];

/**
 * For recharts' `interval`: 0 shows every tick of its nice, linear set
 * (about five), without measuring each label in the DOM to drop overlapping
 * ones (a forced layout per label, a sixth of a chart's mount). A log axis
 * gets a tick at every 1–9 of each decade, which do overlap: there recharts
 * still thins them.
 */
export const tickInterval = (scale: 'linear' | 'log'): 0 | 'preserveEnd' => (scale === 'log' ? 'preserveEnd' : 0);
