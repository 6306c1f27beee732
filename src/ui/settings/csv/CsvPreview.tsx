/** The first rows of the learner's CSV, the target column marked, with what each column holds underneath. */
import type { ColumnProfile } from '../../../data/csv/csvColumns';
import type { CsvTable } from '../../../data/csv/readCsv';

const PREVIEW_ROWS = 5;

export function columnKind(column: ColumnProfile, rows: number): string {
  const kind = column.numeric ? 'numbers' : `text, ${column.manyDistinct ? 'over 1000' : column.distinct.length} values`;
  return column.missing > 0 ? `${kind}, ${column.missing} of ${rows} missing` : kind;
}

export function CsvPreview({ table, columns, target }: { table: CsvTable; columns: readonly ColumnProfile[]; target: string }) {
  return (
    <div className="csv-preview" role="region" aria-label="First rows of the file" tabIndex={0}>
      <table data-testid="csv-preview">
        <caption>
          First {Math.min(PREVIEW_ROWS, table.rows.length)} of {table.rows.length} rows
        </caption>
        <thead>
          <tr>
            {table.header.map((name) => (
              <th key={name} scope="col" className={name === target ? 'csv-target' : undefined}>
                {name}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {table.rows.slice(0, PREVIEW_ROWS).map((row) => (
            <tr key={row.line}>
              {row.cells.map((cell, index) => (
                <td key={index} className={table.header[index] === target ? 'csv-target' : undefined}>
                  {cell}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            {columns.map((column) => (
              <td key={column.name}>{columnKind(column, table.rows.length)}</td>
            ))}
          </tr>
        </tfoot>
      </table>
    </div>
  );
}
