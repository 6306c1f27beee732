/**
 * The decision boundary, drawn live as TensorFlow Playground draws it: the
 * model's prediction over the plane as a heatmap, with the training points
 * (white ring) and validation points (dark ring) coloured by their class.
 * Shown only for runs whose data has two features and classes.
 */
import { useEffect, useMemo, useRef } from 'react';
import type { BoundaryData, BoundaryFrame, BoundaryPointSet } from '../../training/protocol';
import { liveThrottled } from '../state/liveThrottled';
import { useStore } from '../state/useStore';
import type { RunSessionStore } from '../watch/runSession';
import { classColor, cssColor } from './boundaryColors';
import { boundaryPixels, describeBoundary } from './boundaryImage';
import { BoundaryLegend } from './BoundaryLegend';
import './boundary.css';

const SIZE = 320;
const POINT_RADIUS = 3;

function drawPoints(context: CanvasRenderingContext2D, data: BoundaryData, set: BoundaryPointSet, ring: string): void {
  const { extent } = data;
  context.lineWidth = 1;
  context.strokeStyle = ring;
  for (let r = 0; r < set.label.length; r++) {
    const x = (((set.xy[2 * r] as number) - extent.xMin) / (extent.xMax - extent.xMin)) * SIZE;
    const y = ((extent.yMax - (set.xy[2 * r + 1] as number)) / (extent.yMax - extent.yMin)) * SIZE;
    context.beginPath();
    context.arc(x, y, POINT_RADIUS, 0, 2 * Math.PI);
    context.fillStyle = cssColor(classColor(set.label[r] as number, data.classes.length));
    context.fill();
    context.stroke();
  }
}

/**
 * The points never change during a run, so they are drawn once per run (and
 * pixel ratio) into a layer of their own; each new grid then costs one
 * heatmap and one copy of that layer, not 400 arcs.
 */
const pointLayers = new WeakMap<BoundaryData, { scale: number; layer: HTMLCanvasElement }>();

function pointLayer(data: BoundaryData, scale: number): HTMLCanvasElement {
  const cached = pointLayers.get(data);
  if (cached && cached.scale === scale) return cached.layer;
  const layer = document.createElement('canvas');
  layer.width = SIZE * scale;
  layer.height = SIZE * scale;
  const context = layer.getContext('2d');
  if (context) {
    context.setTransform(scale, 0, 0, scale, 0, 0);
    drawPoints(context, data, data.train, '#ffffff');
    if (data.validation) drawPoints(context, data, data.validation, '#1b1f24');
  }
  pointLayers.set(data, { scale, layer });
  return layer;
}

function draw(canvas: HTMLCanvasElement, data: BoundaryData, frame: BoundaryFrame | null): void {
  const context = canvas.getContext('2d');
  if (!context) return;
  const scale = window.devicePixelRatio || 1;
  if (canvas.width !== SIZE * scale || canvas.height !== SIZE * scale) {
    canvas.width = SIZE * scale;
    canvas.height = SIZE * scale;
  }
  context.setTransform(scale, 0, 0, scale, 0, 0);
  context.fillStyle = 'rgb(232, 234, 235)';
  context.fillRect(0, 0, SIZE, SIZE);
  if (frame) {
    const grid = document.createElement('canvas');
    grid.width = data.resolution;
    grid.height = data.resolution;
    grid.getContext('2d')?.putImageData(new ImageData(boundaryPixels(data, frame), data.resolution, data.resolution), 0, 0);
    context.imageSmoothingEnabled = true;
    context.drawImage(grid, 0, 0, SIZE, SIZE);
  }
  context.setTransform(1, 0, 0, 1, 0, 0);
  context.drawImage(pointLayer(data, scale), 0, 0);
}

function BoundaryCanvas({ data, frame }: { data: BoundaryData; frame: BoundaryFrame | null }) {
  const canvas = useRef<HTMLCanvasElement>(null);
  useEffect(() => {
    if (canvas.current) draw(canvas.current, data, frame);
  }, [data, frame]);
  return (
    <canvas
      ref={canvas}
      className="boundary-canvas"
      role="img"
      aria-label={describeBoundary(data, frame)}
      data-testid="boundary-canvas"
      data-epoch={frame ? frame.epoch + 1 : 0}
      data-points={data.train.label.length + (data.validation?.label.length ?? 0)}
    />
  );
}

export function BoundaryPanel({ session }: { session: RunSessionStore }) {
  const onBeat = useMemo(() => liveThrottled(session, 'drawing'), [session]);
  const data = useStore(onBeat, (state) => state.boundaryData);
  const frame = useStore(onBeat, (state) => state.boundaryFrame);
  if (!data) return null;
  return (
    <section className="panel boundary-panel" aria-labelledby="boundary-heading">
      <div className="panel-heading">
        <h2 id="boundary-heading">Decision boundary</h2>
        <span className="panel-hint">{frame ? `after epoch ${frame.epoch + 1}` : 'waiting for the first epoch'}</span>
      </div>
      <div className="boundary-body">
        <BoundaryCanvas data={data} frame={frame} />
        <BoundaryLegend data={data} />
      </div>
    </section>
  );
}
