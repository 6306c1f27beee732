/**
 * The plot of a compare chart while its runs go: painted on a canvas, which
 * takes a millisecond or two where a recharts redraw of three charts took
 * about 80 ms of a main thread that the training worker shares two cores
 * with. No tooltip: the recharts plot that replaces it at the end has one.
 */
import { useLayoutEffect, useMemo, useRef } from 'react';
import { plotArea } from '../charts/canvasPlot';
import { paintCanvas } from '../charts/paintCanvas';
import { useElementWidth } from '../charts/useElementWidth';
import type { ChartCurve, ChartMark } from './chartCurve';
import { drawRuns } from './drawRuns';
import { runsPlot } from './runsPlot';

interface RunsCanvasProps {
  curves: readonly ChartCurve[];
  scale: 'linear' | 'log';
  stepped: boolean;
  marks: readonly ChartMark[];
  height: number;
}

export function RunsCanvas({ curves, scale, stepped, marks, height }: RunsCanvasProps) {
  const [bodyRef, width] = useElementWidth<HTMLDivElement>();
  const canvasRef = useRef<HTMLCanvasElement>(null);
  const plot = useMemo(() => runsPlot(curves, scale), [curves, scale]);

  useLayoutEffect(() => {
    paintCanvas(canvasRef.current, width, height, (context) => {
      if (plot) drawRuns(context, plot, plotArea(width, height), stepped, marks);
    });
  }, [plot, width, height, stepped, marks]);

  return (
    <div className="canvas-chart" ref={bodyRef} data-testid="canvas-chart" style={{ height }}>
      <canvas ref={canvasRef} aria-hidden="true" style={{ height }} />
    </div>
  );
}
