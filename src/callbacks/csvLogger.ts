/**
 * Mirrors `keras/src/callbacks/csv_logger.py` (Keras 3.16): one row per
 * epoch, written as Python's `csv` module writes with the excel dialect
 * (`\r\n` line ends, minimal quoting), keys sorted and fixed by the first
 * epoch, `val_` twins added when the first epoch had none, `NA` for a
 * missing value. The host keeps the file; this class asks it to write.
 */
import { Callback } from './callback';
import { pyFloatRepr } from './format/pythonRepr';
import type { Logs } from './types';

export interface CSVLoggerOptions {
  filename: string;
  separator?: string;
  append?: boolean;
}

const LINE_END = '\r\n';

export class CSVLogger extends Callback {
  readonly filename: string;
  readonly separator: string;
  readonly append: boolean;
  private keys: string[] | null = null;
  private appendHeader = true;
  private headerWritten = false;

  constructor(options: CSVLoggerOptions) {
    super('CSVLogger');
    this.filename = options.filename;
    this.separator = options.separator ?? ',';
    this.append = options.append ?? false;
  }

  override onTrainBegin(): void {
    const port = this.host.port;
    if (this.append) {
      const existing = port.readText(this.filename);
      if (existing !== null) this.appendHeader = firstLine(existing).length === 0;
    } else {
      port.writeText({ filename: this.filename, text: '', append: false });
    }
    this.keys = null;
    this.headerWritten = false;
  }

  override onEpochEnd(epoch: number, logs: Logs): void {
    if (this.keys === null) {
      this.keys = Object.keys(logs).sort();
      if (this.keys.length > 0 && !this.keys.some((key) => key.startsWith('val_'))) {
        this.keys.push(...this.keys.map((key) => `val_${key}`));
      }
    }
    let text = '';
    if (!this.headerWritten) {
      this.headerWritten = true;
      if (this.appendHeader) text += this.row(['epoch', ...this.keys]);
    }
    const values = this.keys.map((key) => {
      const value = logs[key];
      return value === undefined ? 'NA' : pyFloatRepr(value);
    });
    const row = this.row([String(epoch), ...values]);
    text += row;
    this.host.port.writeText({ filename: this.filename, text, append: true });
    this.emit('csv_row', row.slice(0, -LINE_END.length));
  }

  private row(fields: readonly string[]): string {
    return fields.map((field) => this.quote(field)).join(this.separator) + LINE_END;
  }

  /** Python csv's QUOTE_MINIMAL: quote a field holding the separator, a quote or a line break. */
  private quote(field: string): string {
    const needsQuotes = field.includes(this.separator) || /["\r\n]/.test(field);
    return needsQuotes ? `"${field.replaceAll('"', '""')}"` : field;
  }
}

function firstLine(text: string): string {
  const end = text.indexOf('\n');
  return end === -1 ? text : text.slice(0, end + 1);
}
