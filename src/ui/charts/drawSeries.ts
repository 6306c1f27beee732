/**
 * A series as canvas lines: the points of each unbroken stretch (a missing
 * or non-finite value breaks the line, as recharts breaks it at null), drawn
 * straight or as steps after each point (the learning rate), then stroked
 * in one path per series. The context is the few canvas calls used, so
 * tests can record them.
 */
import type { ChartRow } from './downsample';

export type Point = readonly [x: number, y: number];

export type PathContext = Pick<CanvasRenderingContext2D, 'beginPath' | 'moveTo' | 'lineTo' | 'stroke' | 'setLineDash'> & {
  strokeStyle: CanvasRenderingContext2D['strokeStyle'];
  lineWidth: number;
  globalAlpha: number;
};

export interface LineStyle {
  color: string;
  width: number;
  alpha: number;
  dashed: boolean;
}

export function seriesSegments(rows: readonly ChartRow[], key: string, x: (epoch: number) => number, y: (value: number) => number, stepped: boolean): Point[][] {
  const segments: Point[][] = [];
  let current: Point[] = [];
  for (const row of rows) {
    const value = row[key];
    if (value === null || value === undefined || !Number.isFinite(value)) {
      if (current.length > 0) segments.push(current);
      current = [];
      continue;
    }
    const point: Point = [x(row.epoch), y(value)];
    const previous = current.at(-1);
    if (stepped && previous) current.push([point[0], previous[1]]);
    current.push(point);
  }
  if (current.length > 0) segments.push(current);
  return segments;
}

export function strokeSegments(context: PathContext, segments: readonly (readonly Point[])[], style: LineStyle): void {
  context.beginPath();
  for (const segment of segments) {
    const [first, ...rest] = segment;
    if (!first) continue;
    context.moveTo(first[0], first[1]);
    // A lone point still shows, as a dot-long line.
    if (rest.length === 0) context.lineTo(first[0] + 0.5, first[1]);
    for (const [px, py] of rest) context.lineTo(px, py);
  }
  context.strokeStyle = style.color;
  context.lineWidth = style.width;
  context.globalAlpha = style.alpha;
  context.setLineDash(style.dashed ? [5, 3] : []);
  context.stroke();
  context.globalAlpha = 1;
  context.setLineDash([]);
}
