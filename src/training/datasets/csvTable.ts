/**
 * Reads CSV text into a header and rows of cells: comma, semicolon or tab
 * separated (guessed from the header line), double-quoted cells with `""`
 * escapes, CRLF or LF line ends, blank lines skipped.
 */

export interface CsvTable {
  header: string[];
  /** Data rows, each with its 1-based line number in the file. */
  rows: { line: number; cells: string[] }[];
}

export class DatasetError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'DatasetError';
  }
}

const SEPARATORS = [',', ';', '\t'] as const;

function guessSeparator(firstLine: string): string {
  let best: string = ',';
  let bestCount = 0;
  for (const separator of SEPARATORS) {
    const count = firstLine.split(separator).length - 1;
    if (count > bestCount) {
      best = separator;
      bestCount = count;
    }
  }
  return best;
}

function splitLine(line: string, separator: string, lineNumber: number): string[] {
  const cells: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const char = line[i];
    if (quoted) {
      if (char === '"' && line[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (char === '"') {
        quoted = false;
      } else {
        cell += char;
      }
    } else if (char === '"' && cell.trim() === '') {
      quoted = true;
      cell = '';
    } else if (char === separator) {
      cells.push(cell.trim());
      cell = '';
    } else {
      cell += char;
    }
  }
  if (quoted) throw new DatasetError(`line ${lineNumber}: a quoted cell is not closed`);
  cells.push(cell.trim());
  return cells;
}

export function readCsvTable(text: string): CsvTable {
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  const firstIndex = lines.findIndex((line) => line.trim() !== '');
  if (firstIndex < 0) throw new DatasetError('the file is empty');
  const separator = guessSeparator(lines[firstIndex] as string);
  const header = splitLine(lines[firstIndex] as string, separator, firstIndex + 1);
  const rows: CsvTable['rows'] = [];
  for (let index = firstIndex + 1; index < lines.length; index++) {
    const line = lines[index] as string;
    if (line.trim() === '') continue;
    const cells = splitLine(line, separator, index + 1);
    if (cells.length !== header.length) {
      throw new DatasetError(`line ${index + 1}: expected ${header.length} cells like the header, found ${cells.length}`);
    }
    rows.push({ line: index + 1, cells });
  }
  return { header, rows };
}
