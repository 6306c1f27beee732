/** What the charts' axes share, drawn by recharts or on a canvas. */

/**
 * Tick labels in the page's muted text colour (--muted in app.css), light
 * or dark: readable in both (about 6:1), where recharts' default, its axis
 * line's grey at 60 %, is about 2:1.
 */
export const TICK_TEXT = { light: '#5b6470', dark: '#9aa4b0' } as const;

export function tickTextColour(): string {
  const dark = typeof matchMedia === 'function' && matchMedia('(prefers-color-scheme: dark)').matches;
  return dark ? TICK_TEXT.dark : TICK_TEXT.light;
}

/**
 * Value-axis tick labels: three significant digits, exponents outside
 * 0.001–10,000 (but 0 is "0"), with two significant digits so that
 * neighbouring ticks such as 1.2e+35 and 1.4e+35 never read the same.
 */
export const formatTick = (value: number): string => {
  if (value === 0) return '0';
  if (Math.abs(value) >= 1e-3 && Math.abs(value) < 1e4) return String(Number(value.toPrecision(3)));
  return value.toExponential(1).replace(/\.0e/, 'e');
};

/**
 * For recharts' CartesianGrid with `vertical={false}`, which still works out
 * where the vertical lines would go: on a LineChart from every data point's
 * x, each label measured in the DOM (a forced layout per label not measured
 * before: about 90 when a 200-epoch chart is first drawn, a good part of its
 * mount). Answering "nowhere" skips that work for lines never drawn.
 */
export const noVerticalLines = (): number[] => [];
