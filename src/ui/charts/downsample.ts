/**
 * Thins rows for drawing, never the data: the chart keeps every epoch and
 * draws at most about `maxRows`. Rows are cut into buckets; each bucket keeps
 * its first row and the rows holding each series' minimum and maximum, so
 * spikes survive, and every row with a non-finite value (a NaN loss) is kept.
 * All series of a chart share the kept rows, so hovering lines them up.
 */
export type ChartRow = { epoch: number } & Record<string, number | null>;

export function downsampleRows<R extends ChartRow>(rows: readonly R[], keys: readonly string[], maxRows: number): R[] {
  if (rows.length <= maxRows) return [...rows];
  const perBucket = Math.max(1, 1 + 2 * keys.length);
  const bucketCount = Math.max(1, Math.floor(maxRows / perBucket));
  const bucketSize = rows.length / bucketCount;
  const kept = new Set<number>([0, rows.length - 1]);
  for (let bucket = 0; bucket < bucketCount; bucket++) {
    const start = Math.floor(bucket * bucketSize);
    const end = Math.min(rows.length, Math.floor((bucket + 1) * bucketSize));
    if (start >= end) continue;
    kept.add(start);
    for (const key of keys) {
      let minIndex = -1;
      let maxIndex = -1;
      for (let index = start; index < end; index++) {
        const value = rows[index]?.[key];
        if (value === null || value === undefined) continue;
        if (!Number.isFinite(value)) {
          kept.add(index);
          continue;
        }
        if (minIndex < 0 || value < (rows[minIndex]?.[key] as number)) minIndex = index;
        if (maxIndex < 0 || value > (rows[maxIndex]?.[key] as number)) maxIndex = index;
      }
      if (minIndex >= 0) kept.add(minIndex);
      if (maxIndex >= 0) kept.add(maxIndex);
    }
  }
  return [...kept].sort((a, b) => a - b).map((index) => rows[index] as R);
}
