/**
 * A Keras history file picked or dropped by the learner: a CSVLogger file
 * or a saved `history.history`, told apart by their content (a JSON object
 * starts with `{`). Files past MAX_HISTORY_FILE_BYTES are not read at all:
 * ten thousand epochs of a dozen logs are about 2 MB.
 */
import { readCsvLogger } from './csvLoggerFile';
import { readHistoryJson } from './historyJsonFile';
import { refused, type HistoryReadResult } from './importedHistory';

export const MAX_HISTORY_FILE_BYTES = 20 * 1024 * 1024;

export type HistoryFormat = 'csv' | 'json';

export function historyFormatOf(text: string): HistoryFormat {
  return text.replace(/^\uFEFF/, '').trimStart().startsWith('{') ? 'json' : 'csv';
}

export function readHistoryText(text: string): { format: HistoryFormat; result: HistoryReadResult } {
  const format = historyFormatOf(text);
  return { format, result: format === 'json' ? readHistoryJson(text) : readCsvLogger(text) };
}

/** Too large to be read, said before reading; null when the size is fine. */
export function sizeProblem(bytes: number): HistoryReadResult | null {
  if (bytes <= MAX_HISTORY_FILE_BYTES) return null;
  const mb = (value: number) => `${(value / (1024 * 1024)).toFixed(1)} MB`;
  return refused([`the file is ${mb(bytes)}, more than the ${mb(MAX_HISTORY_FILE_BYTES)} a training history can be here (ten thousand epochs take about 2 MB); it was not read`]);
}
