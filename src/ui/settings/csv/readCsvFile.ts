/** A CSV file the learner picked or dropped, as text; a file over the limit is refused unread. */
import { csvTooLargeMessage, MAX_CSV_BYTES } from '../../../data/csv/csvLimits';
import type { CsvFile } from './csvDraft';

export async function readCsvFile(file: Blob & { name: string }): Promise<{ file: CsvFile } | { message: string }> {
  if (file.size > MAX_CSV_BYTES) return { message: csvTooLargeMessage(file.size) };
  try {
    return { file: { name: file.name, text: await file.text() } };
  } catch (error) {
    return { message: `the file could not be read (${error instanceof Error ? error.message : String(error)})` };
  }
}

export function isCsvFile(file: { name: string; type: string }): boolean {
  return /\.(csv|tsv)$/i.test(file.name) || file.type === 'text/csv' || file.type === 'text/tab-separated-values';
}
