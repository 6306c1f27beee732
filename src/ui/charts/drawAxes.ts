/**
 * Paints a chart's frame on a canvas as recharts draws it: horizontal grid
 * lines at the value ticks, the two axis lines, and the tick marks with
 * their labels.
 */
import type { PlotArea } from './canvasPlot';
import type { Axis } from './canvasScale';
import { tickTextColour } from './axes';
import { tickLabels } from './valueAxis';

/** recharts' colours for the grid and the axis lines. */
const GRID = '#8882';
const AXIS = '#8889';
const TICK_SIZE = 6;

export interface AxesFrame {
  x: Axis;
  y: Axis;
  /** Axis values to canvas pixels. */
  toX: (value: number) => number;
  toY: (value: number) => number;
}

export function drawAxes(context: CanvasRenderingContext2D, { x, y, toX, toY }: AxesFrame, area: PlotArea): void {
  const bottom = area.y + area.height;
  const right = area.x + area.width;
  context.lineWidth = 1;
  context.font = '11px system-ui, sans-serif';
  context.fillStyle = tickTextColour();

  context.beginPath();
  context.strokeStyle = GRID;
  for (const tick of y.ticks) {
    const at = Math.round(toY(tick)) + 0.5;
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
  const labels = tickLabels(y.ticks);
  for (const tick of y.ticks) {
    const at = Math.round(toY(tick)) + 0.5;
    context.moveTo(area.x - TICK_SIZE, at);
    context.lineTo(area.x, at);
    context.fillText(labels.get(tick) ?? String(tick), area.x - TICK_SIZE - 2, at);
  }
  context.textAlign = 'center';
  context.textBaseline = 'top';
  for (const tick of x.ticks) {
    const at = Math.round(toX(tick)) + 0.5;
    context.moveTo(at, bottom);
    context.lineTo(at, bottom + TICK_SIZE);
    context.fillText(String(tick), at, bottom + TICK_SIZE + 2);
  }
  context.stroke();
}

/** Runs `draw` clipped to the plot area (a pixel of slack on every side, so lines on its edge stay whole). */
export function withinPlot(context: CanvasRenderingContext2D, area: PlotArea, draw: () => void): void {
  context.save();
  context.beginPath();
  context.rect(area.x, area.y - 1, area.width + 1, area.height + 2);
  context.clip();
  draw();
  context.restore();
}
