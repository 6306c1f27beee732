/** Classes from a model's outputs and labels, and the confusion matrix they make: pure, for the class views. */

/** The class of each row: the largest output (softmax), or output > 0.5 for a single sigmoid output. */
export function classesOf(values: Float32Array, rows: number, outputs: number): Uint8Array {
  const classes = new Uint8Array(rows);
  for (let row = 0; row < rows; row++) {
    if (outputs === 1) {
      classes[row] = (values[row] as number) > 0.5 ? 1 : 0;
      continue;
    }
    let best = 0;
    for (let column = 1; column < outputs; column++) if ((values[row * outputs + column] as number) > (values[row * outputs + best] as number)) best = column;
    classes[row] = best;
  }
  return classes;
}

/** counts[true * classCount + predicted], row-major. */
export function confusionCounts(truth: ArrayLike<number>, predicted: ArrayLike<number>, classCount: number): number[] {
  const counts = new Array<number>(classCount * classCount).fill(0);
  const rows = Math.min(truth.length, predicted.length);
  for (let row = 0; row < rows; row++) {
    const actual = truth[row] as number;
    const guess = predicted[row] as number;
    if (actual < classCount && guess < classCount) counts[actual * classCount + guess] = (counts[actual * classCount + guess] as number) + 1;
  }
  return counts;
}
