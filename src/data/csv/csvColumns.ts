/**
 * What each column of a CSV table holds: numbers or text, how many cells
 * are missing, its distinct values. Missing means an empty cell or one of
 * the usual markers (NA, NaN, null, ?...).
 */
import type { CsvTable } from './readCsv';

/** Cells read as missing, compared in lower case. */
export const MISSING_MARKERS: ReadonlySet<string> = new Set(['', 'na', 'n/a', 'nan', 'null', 'none', '?', '-']);

export function isMissing(cell: string): boolean {
  return MISSING_MARKERS.has(cell.toLowerCase());
}

export function parseNumber(cell: string): number | null {
  if (isMissing(cell)) return null;
  const value = Number(cell);
  return Number.isFinite(value) ? value : null;
}

export interface ColumnProfile {
  name: string;
  /** Every present cell is a number. */
  numeric: boolean;
  missing: number;
  /** Distinct present values, in first-seen order (up to `MAX_DISTINCT_TRACKED`). */
  distinct: string[];
  /** More distinct values than were tracked. */
  manyDistinct: boolean;
}

const MAX_DISTINCT_TRACKED = 1000;

export function profileColumns(table: CsvTable): ColumnProfile[] {
  return table.header.map((name, index) => {
    let missing = 0;
    let numeric = true;
    const distinct = new Set<string>();
    let manyDistinct = false;
    for (const { cells } of table.rows) {
      const cell = cells[index] ?? '';
      if (isMissing(cell)) {
        missing += 1;
        continue;
      }
      if (numeric && parseNumber(cell) === null) numeric = false;
      if (distinct.size < MAX_DISTINCT_TRACKED) distinct.add(cell);
      else if (!distinct.has(cell)) manyDistinct = true;
    }
    return { name, numeric: numeric && missing < table.rows.length, missing, distinct: [...distinct], manyDistinct };
  });
}
