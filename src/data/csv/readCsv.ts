/**
 * Reads CSV text into a header and rows of cells with papaparse: quoted
 * cells, a separator guessed among comma, semicolon, tab and bar, blank
 * lines skipped. A byte-order mark is dropped and line ends are made one
 * kind first, since papaparse guesses a single line ending for the file.
 */
import Papa from 'papaparse';
import { DatasetError } from '../datasetError';
import { csvTooLargeMessage, MAX_CSV_BYTES } from './csvLimits';

export { csvTooLargeMessage, MAX_CSV_BYTES, SEPARATOR_NAMES } from './csvLimits';

export interface CsvTable {
  header: string[];
  /** Data rows, each with its 1-based line number in the file. */
  rows: { line: number; cells: string[] }[];
  /** The separator papaparse found, for messages. */
  separator: string;
}

export function readCsv(text: string): CsvTable {
  if (text.length > MAX_CSV_BYTES) throw new DatasetError(csvTooLargeMessage(text.length));
  const clean = text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  if (clean.trim() === '') throw new DatasetError('the file is empty');
  const parsed = Papa.parse<string[]>(clean, { skipEmptyLines: 'greedy', delimitersToGuess: [',', ';', '\t', '|'], newline: '\n' });
  const quoteError = parsed.errors.find((error) => error.type === 'Quotes');
  if (quoteError) throw new DatasetError(`row ${(quoteError.row ?? 0) + 1}: a quoted cell is not closed`);
  const [header, ...data] = parsed.data;
  if (!header) throw new DatasetError('the file is empty');
  const names = header.map((cell) => cell.trim());
  const lineOf = lineNumbers(clean);
  const rows = data.map((cells, index) => {
    const line = lineOf(index + 1);
    if (cells.length !== names.length) {
      throw new DatasetError(`line ${line}: expected ${names.length} cells like the header, found ${cells.length}`);
    }
    return { line, cells: cells.map((cell) => cell.trim()) };
  });
  return { header: names, rows, separator: parsed.meta.delimiter };
}

/** The 1-based line of the n-th non-blank record (0 = header), assuming no line breaks inside quoted cells. */
function lineNumbers(text: string): (record: number) => number {
  const starts: number[] = [];
  text.split('\n').forEach((line, index) => {
    if (line.trim() !== '') starts.push(index + 1);
  });
  return (record) => starts[record] ?? record + 1;
}
