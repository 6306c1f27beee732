/**
 * Paints a whole canvas chart: horizontal grid lines, the axes with their
 * tick labels, then every line. Markers are not painted here: they are SVG
 * elements over the canvas (MarkerLayer), the same as on the finished chart.
 */
import type { CanvasPlot, PlotArea } from './canvasPlot';
import { plotProjection } from './canvasPlot';
import { seriesSegments, strokeSegments } from './drawSeries';
import { formatTick } from './axes';

/** recharts' colours for the grid, the axis lines and the tick labels. */
const GRID = '#8882';
const AXIS = '#8889';
const TICK_TEXT = '#666';
const TICK_SIZE = 6;

export function drawChart(context: CanvasRenderingContext2D, plot: CanvasPlot, area: PlotArea): void {
  const { x, y } = plotProjection(plot, area);
  const bottom = area.y + area.height;
  const right = area.x + area.width;
  context.lineWidth = 1;
  context.font = '11px system-ui, sans-serif';
  context.fillStyle = TICK_TEXT;

  context.beginPath();
  context.strokeStyle = GRID;
  for (const tick of plot.y.ticks) {
    const at = Math.round(y(tick)) + 0.5;
    context.moveTo(area.x, at);
    context.lineTo(right, at);
  }
  context.stroke();

  context.beginPath();
  context.strokeStyle = AXIS;
  context.moveTo(area.x - 0.5, area.y);
  context.lineTo(area.x - 0.5, bottom + 0.5);
  context.lineTo(right, bottom + 0.5);
  context.textAlign = 'right';
  context.textBaseline = 'middle';
  for (const tick of plot.y.ticks) {
    const at = Math.round(y(tick)) + 0.5;
    context.moveTo(area.x - TICK_SIZE, at);
    context.lineTo(area.x, at);
    context.fillText(formatTick(tick), area.x - TICK_SIZE - 2, at);
  }
  context.textAlign = 'center';
  context.textBaseline = 'top';
  for (const tick of plot.x.ticks) {
    const at = Math.round(x(tick)) + 0.5;
    context.moveTo(at, bottom);
    context.lineTo(at, bottom + TICK_SIZE);
    context.fillText(String(tick), at, bottom + TICK_SIZE + 2);
  }
  context.stroke();

  context.save();
  context.beginPath();
  context.rect(area.x, area.y - 1, area.width + 1, area.height + 2);
  context.clip();
  for (const line of plot.lines) strokeSegments(context, seriesSegments(plot.rows, line.key, x, y, plot.stepped), line.style);
  context.restore();
}
