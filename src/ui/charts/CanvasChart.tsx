/**
 * A chart while its run goes: the lines painted on a canvas (about a
 * millisecond for a few hundred epochs, where a recharts redraw takes tens
 * to hundreds under load), the callbacks' markers as the same SVG elements
 * the finished chart has, and the same frame (title, legend, summary,
 * attributes). No tooltip, zoom or download: the recharts chart that
 * replaces it when the run ends has them.
 */
import { useLayoutEffect, useMemo, useRef } from 'react';
import { canvasPlot, plotArea, plotProjection } from './canvasPlot';
import { ChartFrame } from './ChartFrame';
import type { ChartSpec, Marker } from './chartModel';
import { drawChart } from './drawChart';
import { placeMarkers } from './markerPlacement';
import { MarkerLayer } from './MarkerLayer';
import { paintCanvas } from './paintCanvas';
import { useElementWidth } from './useElementWidth';

/** As tall as the recharts chart, which reserves room for its zoom brush once a run has more than 20 epochs. */
export const CHART_HEIGHT = 200;
const BRUSH_FROM_ROWS = 20;
const BRUSH_HEIGHT = 16;

interface CanvasChartProps {
  spec: ChartSpec;
  markers: readonly Marker[];
  smoothing: number;
  note?: string | null;
}

export function CanvasChart({ spec, markers, smoothing, note }: CanvasChartProps) {
  const [bodyRef, width] = useElementWidth<HTMLDivElement>();
  const canvasRef = useRef<HTMLCanvasElement>(null);
  const plot = useMemo(() => canvasPlot(spec, smoothing), [spec, smoothing]);
  const placed = useMemo(() => placeMarkers(spec, markers), [spec, markers]);
  const brush = spec.rows.length > BRUSH_FROM_ROWS ? BRUSH_HEIGHT : 0;
  const area = useMemo(() => {
    const full = plotArea(width, CHART_HEIGHT);
    return { ...full, height: Math.max(1, full.height - brush) };
  }, [width, brush]);

  useLayoutEffect(() => {
    paintCanvas(canvasRef.current, width, CHART_HEIGHT, (context) => {
      if (plot) drawChart(context, plot, area);
    });
  }, [plot, area, width]);

  return (
    <ChartFrame spec={spec} markerCount={markers.length} note={note} plotWhenEmpty>
      <div className="canvas-chart" ref={bodyRef} data-testid="canvas-chart">
        <canvas ref={canvasRef} aria-hidden="true" />
        {plot && width > 0 && (
          <svg className="canvas-chart-markers" width={width} height={CHART_HEIGHT} aria-hidden="true">
            <MarkerLayer placed={placed} frame={{ ...plotProjection(plot, area), area }} />
          </svg>
        )}
      </div>
    </ChartFrame>
  );
}
