/**
 * The shape every dataset takes before it meets tfjs: plain typed arrays,
 * row-major, so that datasets can be built and tested in node without tfjs.
 */

export type Task = 'binary' | 'multiclass' | 'regression';

export interface Dataset {
  name: string;
  task: Task;
  featureNames: readonly string[];
  targetName: string;
  /** Class labels for classification, in the order of the one-hot columns (or 0/1 for binary). */
  classes: readonly string[] | null;
  rows: number;
  /** rows × featureNames.length */
  x: Float32Array;
  /** rows × outputs: one 0/1 column for binary, one-hot for multiclass, the value for regression. */
  y: Float32Array;
  /** For images: each row of `x` is an image of this shape, row-major (height × width × channels). */
  image?: ImageShape;
}

export interface ImageShape {
  height: number;
  width: number;
  channels: number;
}

/** The number of columns of `y`. */
export function outputCount(dataset: Pick<Dataset, 'task' | 'classes'>): number {
  return dataset.task === 'multiclass' ? (dataset.classes?.length ?? 0) : 1;
}

/** Builds a dataset from rows of features and per-row targets (a class index, or the value). */
export function fromRows(
  meta: Omit<Dataset, 'rows' | 'x' | 'y'>,
  features: readonly (readonly number[])[],
  targets: readonly number[],
): Dataset {
  const width = meta.featureNames.length;
  const outputs = outputCount(meta);
  const rows = features.length;
  const x = new Float32Array(rows * width);
  const y = new Float32Array(rows * outputs);
  features.forEach((row, r) => x.set(row, r * width));
  targets.forEach((target, r) => {
    if (meta.task === 'multiclass') y[r * outputs + target] = 1;
    else y[r] = target;
  });
  return { ...meta, rows, x, y };
}

/** Builds a dataset from row-major arrays already laid out as `Dataset` keeps them. */
export function fromFlat(meta: Omit<Dataset, 'rows' | 'x' | 'y'>, x: Float32Array, y: Float32Array): Dataset {
  const rows = x.length / meta.featureNames.length;
  if (!Number.isInteger(rows) || y.length !== rows * outputCount(meta)) throw new Error(`${meta.name}: ${x.length} inputs and ${y.length} targets do not make whole rows`);
  return { ...meta, rows, x, y };
}
