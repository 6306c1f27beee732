/**
 * Paints a live compare chart: the grid and axes, each seed group's band,
 * each run's line, and the labelled vertical marks (dashed, as recharts'
 * reference lines).
 */
import { plotProjection, type PlotArea } from '../charts/canvasPlot';
import { drawAxes, withinPlot } from '../charts/drawAxes';
import { seriesSegments, strokeSegments } from '../charts/drawSeries';
import type { ChartMark } from './chartCurve';
import { VALUE_KEY, type RunsLine, type RunsPlot } from './runsPlot';

/** As faint as the recharts area that replaces it at the end. */
export const BAND_ALPHA = 0.18;

function fillBand(context: CanvasRenderingContext2D, line: RunsLine, toX: (x: number) => number, toY: (y: number) => number): void {
  if (line.band.length < 2) return;
  context.beginPath();
  line.band.forEach(({ x, hi }, index) => (index === 0 ? context.moveTo(toX(x), toY(hi)) : context.lineTo(toX(x), toY(hi))));
  for (const { x, lo } of [...line.band].reverse()) context.lineTo(toX(x), toY(lo));
  context.closePath();
  context.globalAlpha = BAND_ALPHA;
  context.fillStyle = line.style.color;
  context.fill();
  context.globalAlpha = 1;
}

const MARK_DASH = [3, 3];
const MARK_FONT = '10px system-ui, sans-serif';

export function drawRuns(context: CanvasRenderingContext2D, plot: RunsPlot, area: PlotArea, stepped: boolean, marks: readonly ChartMark[]): void {
  const { x: toX, y: toY } = plotProjection(plot, area);
  drawAxes(context, { x: plot.x, y: plot.y, toX, toY }, area);
  withinPlot(context, area, () => {
    for (const line of plot.lines) fillBand(context, line, toX, toY);
    for (const line of plot.lines) strokeSegments(context, seriesSegments(line.rows, VALUE_KEY, toX, toY, stepped), line.style);
  });
  context.font = MARK_FONT;
  context.textAlign = 'center';
  context.textBaseline = 'bottom';
  for (const mark of marks) {
    // recharts leaves out a reference line outside the axis, as here.
    if (mark.x < plot.x.domain[0] || mark.x > plot.x.domain[1]) continue;
    const at = Math.round(toX(mark.x)) + 0.5;
    context.beginPath();
    context.strokeStyle = mark.colour;
    context.setLineDash(MARK_DASH);
    context.moveTo(at, area.y);
    context.lineTo(at, area.y + area.height);
    context.stroke();
    context.setLineDash([]);
    context.fillStyle = mark.colour;
    // Near the right edge the label ends at its line, so it is not cut off.
    const nearEnd = at > area.x + area.width - 60;
    context.textAlign = nearEnd ? 'right' : 'center';
    context.fillText(mark.label, nearEnd ? at - 3 : at, area.y - 2);
  }
}
