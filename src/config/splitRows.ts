/**
 * How many rows each part of a dataset gets: the test set is held out first,
 * then `validationSplit` of the rest, as Keras's `validation_split` takes its
 * share of the data handed to `fit`. One rule for the worker's split and the
 * page's estimates.
 */
export interface SplitRows {
  train: number;
  validation: number;
  test: number;
}

export function splitRows(rows: number, validationSplit: number, testSplit: number): SplitRows {
  const test = Math.floor(rows * testSplit);
  const validation = Math.floor((rows - test) * validationSplit);
  return { train: rows - test - validation, validation, test };
}
