/**
 * Paints a whole canvas chart: the grid and axes, then every line. Markers
 * are not painted here: they are SVG elements over the canvas (MarkerLayer),
 * the same as on the finished chart.
 */
import type { CanvasPlot, PlotArea } from './canvasPlot';
import { plotProjection } from './canvasPlot';
import { drawAxes, withinPlot } from './drawAxes';
import { seriesSegments, strokeSegments } from './drawSeries';

export function drawChart(context: CanvasRenderingContext2D, plot: CanvasPlot, area: PlotArea): void {
  const { x, y } = plotProjection(plot, area);
  drawAxes(context, { x: plot.x, y: plot.y, toX: x, toY: y }, area);
  withinPlot(context, area, () => {
    for (const line of plot.lines) strokeSegments(context, seriesSegments(plot.rows, line.key, x, y, plot.stepped), line.style);
  });
}
