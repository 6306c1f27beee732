/**
 * The grid the decision boundary is predicted on, and the points drawn over
 * it, for runs whose data has two features and classes (TensorFlow
 * Playground's view). Pure: typed arrays in, typed arrays out.
 */
import type { SplitDataset, Samples } from '../datasets/split';
import type { BoundaryData, BoundaryExtent, BoundaryPointSet } from '../boundaryProtocol';

export const BOUNDARY_RESOLUTION = 40;
/** Room around the outermost points, as a share of each axis's span. */
const MARGIN = 0.08;

export function hasBoundary(data: SplitDataset): boolean {
  return data.features === 2 && data.dataset.task !== 'regression' && (data.dataset.classes?.length ?? 2) <= 255;
}

function extentOf(parts: readonly Samples[]): BoundaryExtent {
  let xMin = Infinity;
  let xMax = -Infinity;
  let yMin = Infinity;
  let yMax = -Infinity;
  for (const part of parts) {
    for (let r = 0; r < part.rows; r++) {
      const x = part.x[2 * r] as number;
      const y = part.x[2 * r + 1] as number;
      if (!Number.isFinite(x) || !Number.isFinite(y)) continue;
      xMin = Math.min(xMin, x);
      xMax = Math.max(xMax, x);
      yMin = Math.min(yMin, y);
      yMax = Math.max(yMax, y);
    }
  }
  if (!Number.isFinite(xMin)) return { xMin: -1, xMax: 1, yMin: -1, yMax: 1 };
  const padX = Math.max(xMax - xMin, 1e-3) * MARGIN;
  const padY = Math.max(yMax - yMin, 1e-3) * MARGIN;
  return { xMin: xMin - padX, xMax: xMax + padX, yMin: yMin - padY, yMax: yMax + padY };
}

function pointSet(samples: Samples, outputs: number): BoundaryPointSet {
  const label = new Uint8Array(samples.rows);
  for (let r = 0; r < samples.rows; r++) {
    if (outputs === 1) label[r] = (samples.y[r] as number) >= 0.5 ? 1 : 0;
    else {
      let best = 0;
      for (let c = 1; c < outputs; c++) if ((samples.y[r * outputs + c] as number) > (samples.y[r * outputs + best] as number)) best = c;
      label[r] = best;
    }
  }
  return { xy: samples.x.slice(0, samples.rows * 2), label };
}

export function boundaryData(data: SplitDataset, resolution = BOUNDARY_RESOLUTION): BoundaryData {
  const parts = data.validation ? [data.train, data.validation] : [data.train];
  const [first, second] = data.dataset.featureNames;
  return {
    extent: extentOf(parts),
    resolution,
    featureNames: [first ?? 'x1', second ?? 'x2'],
    classes: data.dataset.classes ?? ['0', '1'],
    train: pointSet(data.train, data.outputs),
    validation: data.validation ? pointSet(data.validation, data.outputs) : null,
  };
}

/** The centres of the grid's cells, row by row from the top, as rows × 2 model inputs. */
export function gridInputs(extent: BoundaryExtent, resolution: number): Float32Array {
  const inputs = new Float32Array(resolution * resolution * 2);
  const cellX = (extent.xMax - extent.xMin) / resolution;
  const cellY = (extent.yMax - extent.yMin) / resolution;
  for (let row = 0; row < resolution; row++) {
    for (let column = 0; column < resolution; column++) {
      const cell = row * resolution + column;
      inputs[2 * cell] = extent.xMin + (column + 0.5) * cellX;
      inputs[2 * cell + 1] = extent.yMax - (row + 0.5) * cellY;
    }
  }
  return inputs;
}
