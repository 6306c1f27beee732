/**
 * Turns a grid of predictions into RGBA pixels (one per cell) and into the
 * sentence a screen reader hears instead of the picture.
 */
import type { BoundaryData, BoundaryFrame, BoundaryPointSet } from '../../training/protocol';
import { binaryCellColor, multiclassCellColor } from './boundaryColors';

/** Values per cell: one for two classes (the probability of class 1), else one per class. */
function valuesPerCell(classCount: number): number {
  return classCount <= 2 ? 1 : classCount;
}

/** The class the model predicts in each cell. */
export function predictedClasses(data: BoundaryData, frame: BoundaryFrame): Uint8Array {
  const cells = data.resolution * data.resolution;
  const width = valuesPerCell(data.classes.length);
  const classes = new Uint8Array(cells);
  for (let cell = 0; cell < cells; cell++) {
    if (width === 1) classes[cell] = (frame.values[cell] ?? 0) >= 0.5 ? 1 : 0;
    else {
      let best = 0;
      for (let c = 1; c < width; c++) if ((frame.values[cell * width + c] ?? -1) > (frame.values[cell * width + best] ?? -1)) best = c;
      classes[cell] = best;
    }
  }
  return classes;
}

/** resolution × resolution RGBA pixels, row by row from the top, as `ImageData` wants them. */
export function boundaryPixels(data: BoundaryData, frame: BoundaryFrame): Uint8ClampedArray<ArrayBuffer> {
  const cells = data.resolution * data.resolution;
  const count = data.classes.length;
  const width = valuesPerCell(count);
  const pixels = new Uint8ClampedArray(cells * 4);
  if (frame.values.length < cells * width) return pixels;
  for (let cell = 0; cell < cells; cell++) {
    const [r, g, b] = width === 1 ? binaryCellColor(frame.values[cell] as number) : multiclassCellColor(frame.values.subarray(cell * width, (cell + 1) * width), count);
    pixels.set([r, g, b, 255], cell * 4);
  }
  return pixels;
}

const percent = (share: number) => `${Math.round(share * 100)} %`;

/** The share of `set`'s points lying in a cell the model gives their own class (the grid's view of accuracy). */
export function shareOnTheirSide(data: BoundaryData, classes: Uint8Array, set: BoundaryPointSet): number {
  const { extent, resolution } = data;
  let right = 0;
  for (let r = 0; r < set.label.length; r++) {
    const column = Math.floor((((set.xy[2 * r] as number) - extent.xMin) / (extent.xMax - extent.xMin)) * resolution);
    const row = Math.floor(((extent.yMax - (set.xy[2 * r + 1] as number)) / (extent.yMax - extent.yMin)) * resolution);
    const cell = Math.min(Math.max(row, 0), resolution - 1) * resolution + Math.min(Math.max(column, 0), resolution - 1);
    if (classes[cell] === set.label[r]) right += 1;
  }
  return set.label.length === 0 ? 0 : right / set.label.length;
}

/** What the heatmap shows, in words: the share of the plane each class covers, and the points. */
export function describeBoundary(data: BoundaryData, frame: BoundaryFrame | null): string {
  const points = `${data.train.label.length} training points${data.validation ? ` and ${data.validation.label.length} validation points` : ''}`;
  const [xName, yName] = data.featureNames;
  const plane = `${xName} from ${data.extent.xMin.toFixed(2)} to ${data.extent.xMax.toFixed(2)}, ${yName} from ${data.extent.yMin.toFixed(2)} to ${data.extent.yMax.toFixed(2)}`;
  if (!frame) return `Decision boundary: ${points} of ${data.classes.length} classes over ${plane}; no prediction yet.`;
  const classes = predictedClasses(data, frame);
  const counts = new Array<number>(data.classes.length).fill(0);
  for (const predicted of classes) counts[predicted] = (counts[predicted] ?? 0) + 1;
  const shares = data.classes.map((name, index) => `class ${name} ${percent((counts[index] ?? 0) / classes.length)}`).join(', ');
  const sides = [`${percent(shareOnTheirSide(data, classes, data.train))} of training points`];
  if (data.validation) sides.push(`${percent(shareOnTheirSide(data, classes, data.validation))} of validation points`);
  return `Decision boundary after epoch ${frame.epoch + 1} over ${plane}: the model predicts ${shares} of the area; ${sides.join(' and ')} lie on their class's side. Drawn with ${points}.`;
}
