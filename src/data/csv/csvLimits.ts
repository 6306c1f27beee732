/**
 * What the page checks before it loads the CSV reader (papaparse stays out
 * of the first page load): the largest file Plateau reads, and separator names for messages.
 */

/** Larger files are refused before they are read: a browser tab trains on a few megabytes at most. */
export const MAX_CSV_BYTES = 5_000_000;

export const SEPARATOR_NAMES: Readonly<Record<string, string>> = { ',': 'commas', ';': 'semicolons', '\t': 'tabs', '|': 'bars' };

export function csvTooLargeMessage(bytes: number): string {
  const mb = (value: number) => `${(value / 1_000_000).toFixed(1)} MB`;
  return `the file is ${mb(bytes)}; Plateau reads CSV files of at most ${mb(MAX_CSV_BYTES)} (leave out rows or columns first)`;
}
