/** The confusion matrix as the page shows it: rows of counts by true class, and the sentence a screen reader hears first. Pure. */

export interface ConfusionView {
  classes: readonly string[];
  /** rows[true][predicted] */
  rows: number[][];
  total: number;
  correct: number;
  /** The most frequent mistake, or null when there is none. */
  worst: { actual: string; predicted: string; count: number } | null;
}

export function confusionView(classes: readonly string[], counts: readonly number[]): ConfusionView {
  const size = classes.length;
  const rows = classes.map((_, actual) => classes.map((__, predicted) => counts[actual * size + predicted] ?? 0));
  let total = 0;
  let correct = 0;
  let worst: ConfusionView['worst'] = null;
  rows.forEach((row, actual) =>
    row.forEach((count, predicted) => {
      total += count;
      if (actual === predicted) correct += count;
      else if (count > 0 && (worst === null || count > worst.count)) worst = { actual: classes[actual] as string, predicted: classes[predicted] as string, count };
    }),
  );
  return { classes, rows, total, correct, worst };
}

/** "362 of 400 validation rows right (90.5 %); most often 4 taken for 9 (7 times)." */
export function describeConfusion(view: ConfusionView): string {
  const share = view.total > 0 ? ` (${((100 * view.correct) / view.total).toFixed(1)} %)` : '';
  const head = `${view.correct} of ${view.total} validation rows right${share}`;
  if (!view.worst) return `${head}.`;
  const { actual, predicted, count } = view.worst;
  return `${head}; most often ${actual} taken for ${predicted} (${count} ${count === 1 ? 'time' : 'times'}).`;
}
