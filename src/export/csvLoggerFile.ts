/**
 * Reads a file written by Keras's `CSVLogger` (keras/src/callbacks/csv_logger.py):
 * a header `epoch<sep>key<sep>…` (the keys sorted), then a row per epoch,
 * written by Python's `csv` module (any one-character separator, fields
 * quoted when they hold it), missing values as `NA`, non-finite ones as
 * Python prints them (`nan`, `inf`, `-inf`). A file written with
 * `append=True` may hold several runs, each under its header again; rows
 * are merged by epoch, the later winning (importedHistory.ts).
 */
import { historyOf, numberOfText, refused, type HistoryReadResult } from './importedHistory';

const SEPARATORS = [',', ';', '\t', '|', ' '];

/** One line's cells, as Python's csv reader splits them (double quotes, `""` inside them). */
export function splitCsvLine(line: string, separator: string): string[] {
  const cells: string[] = [];
  let cell = '';
  let quoted = false;
  for (let index = 0; index < line.length; index++) {
    const char = line[index] as string;
    if (quoted) {
      if (char === '"' && line[index + 1] === '"') {
        cell += '"';
        index += 1;
      } else if (char === '"') quoted = false;
      else cell += char;
    } else if (char === '"' && cell === '') quoted = true;
    else if (char === separator) {
      cells.push(cell);
      cell = '';
    } else cell += char;
  }
  cells.push(cell);
  return cells;
}

/** The separator of a header line: the one that gives an `epoch` column. */
function separatorOf(header: string): string | null {
  const after = /^"?epoch"?(.)/.exec(header)?.[1];
  if (after !== undefined && !/[\w"]/.test(after)) return after;
  return SEPARATORS.find((separator) => splitCsvLine(header, separator).some((cell) => cell.trim() === 'epoch')) ?? null;
}

export function readCsvLogger(text: string): HistoryReadResult {
  const lines = text.replace(/^\uFEFF/, '').split(/\r\n|\n|\r/);
  const first = lines.findIndex((line) => line.trim() !== '');
  if (first < 0) return refused(['the file is empty']);
  const headerLine = lines[first] as string;
  const separator = separatorOf(headerLine);
  if (separator === null) {
    const shown = headerLine.length > 60 ? `${headerLine.slice(0, 57)}…` : headerLine;
    return refused([`there is no epoch column: the first line is “${shown}”, and a Keras CSVLogger file starts with “epoch”`]);
  }
  const header = splitCsvLine(headerLine, separator).map((cell) => cell.trim());
  const epochColumn = header.indexOf('epoch');
  if (header.length < 2) return refused(['the header has an epoch column and nothing else: no logs to import']);

  const problems: string[] = [];
  const rows: { epoch: number; logs: Record<string, number> }[] = [];
  let headers = 0;
  let missing = 0;
  lines.forEach((line, index) => {
    if (index <= first || line.trim() === '') return;
    const cells = splitCsvLine(line, separator);
    const lineNumber = index + 1;
    if (cells.map((cell) => cell.trim()).join('\u0000') === header.join('\u0000')) {
      headers += 1;
      return;
    }
    if (cells.length !== header.length) {
      problems.push(`line ${lineNumber} has ${cells.length} cells, the header ${header.length}`);
      return;
    }
    const epochText = (cells[epochColumn] as string).trim();
    if (!/^\d+$/.test(epochText)) {
      problems.push(`line ${lineNumber}: the epoch “${epochText}” is not a whole number`);
      return;
    }
    const logs: Record<string, number> = {};
    header.forEach((key, column) => {
      if (column === epochColumn) return;
      const cell = (cells[column] as string).trim();
      if (cell === '' || cell === 'NA') {
        missing += 1;
        return;
      }
      const value = numberOfText(cell);
      if (value === null) problems.push(`line ${lineNumber}, column ${key}: “${cell.length > 30 ? `${cell.slice(0, 27)}…` : cell}” is not a number`);
      else logs[key] = value;
    });
    rows.push({ epoch: Number(epochText), logs });
  });
  if (problems.length > 0) return refused(problems);
  if (rows.length === 0) return refused(['the file has a header but no epochs']);
  const notes: string[] = [];
  if (headers > 0) notes.push(`The header appears ${headers + 1} times (a file written with append=True): the runs under each are read as one.`);
  if (missing > 0) notes.push(`${missing} cell${missing === 1 ? ' was' : 's were'} NA or empty (a key missing from that epoch's logs): left out.`);
  return { ok: true, value: historyOf(rows, notes) };
}
