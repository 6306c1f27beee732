/**
 * What the worker sends for the decision-boundary view of a 2-D
 * classification run: the data points once, then now and then the model's
 * predictions over a grid covering them. Plain data, no tfjs.
 */

/** The plane the grid covers: cell (row, column) is centred at x = xMin + (column + 0.5) * (xMax - xMin) / resolution, y likewise from yMax down. */
export interface BoundaryExtent {
  xMin: number;
  xMax: number;
  yMin: number;
  yMax: number;
}

export interface BoundaryPointSet {
  /** rows × 2 coordinates, as the model sees them. */
  xy: Float32Array;
  /** The class index of each point. */
  label: Uint8Array;
}

export interface BoundaryData {
  extent: BoundaryExtent;
  resolution: number;
  featureNames: readonly [string, string];
  classes: readonly string[];
  train: BoundaryPointSet;
  validation: BoundaryPointSet | null;
}

export interface BoundaryFrame {
  /** The epoch (0-based) after which the grid was predicted. */
  epoch: number;
  /**
   * resolution² cells, row by row from the top (largest y): for two classes
   * one value per cell, the probability of class 1; for more, one
   * probability per class per cell.
   */
  values: Float32Array;
}
