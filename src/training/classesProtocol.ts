/**
 * What the worker sends for a classification run's class views: once, the
 * classes and (image data) a few validation images with their labels; then
 * now and then the model's predictions for those images; at the end, the
 * confusion matrix over every validation row. Plain data, no tfjs.
 */

export interface ClassSamples {
  classes: readonly string[];
  /** Validation rows the grid shows, or none for data that is not images. */
  count: number;
  /** count × height × width grey levels 0–255, row after row; empty without images. */
  pixels: Uint8Array;
  height: number;
  width: number;
  /** The true class of each shown row. */
  labels: Uint8Array;
  /** Validation rows the confusion matrix will count. */
  validationRows: number;
}

export interface ClassFrame {
  epoch: number;
  /** The predicted class of each shown row. */
  predicted: Uint8Array;
  /** At the end of the run: counts[true * classes + predicted] over every validation row. */
  confusion: number[] | null;
}
