/**
 * A run's history as files: the CSV Keras's CSVLogger writes (made by our
 * CSVLogger itself, replayed over the recorded epochs, so the two never
 * differ) and a JSON shaped like Keras's `History` (`epoch`, `history`).
 */
import { simulate, type Logs } from '../callbacks';
import { encodeNonFinite } from '../config/loggedNumber';

export interface HistoryEpoch {
  epoch: number;
  logs: Logs;
  /** The learning rate while the epoch trained. */
  lrDuring: number;
}

const CSV_NAME = 'history.csv';

/** `epoch,` then the sorted log keys; one row per epoch from 0 (a page's history always starts there), Python float reprs, `\r\n` line ends. */
export function historyCsv(epochs: readonly HistoryEpoch[]): string {
  const run = simulate({ initialLr: 1, callbacks: [{ type: 'CSVLogger', params: { filename: CSV_NAME } }], epochs: epochs.map((row) => row.logs) });
  return run.files[CSV_NAME] ?? '';
}

/** Keras's `History`: `epoch` (0-based) and `history` (each log key's values by epoch), plus the learning rate each epoch trained with. NaN and infinities as strings. */
export function historyJson(epochs: readonly HistoryEpoch[]): string {
  const history: Record<string, (number | null)[]> = {};
  epochs.forEach((row, index) => {
    for (const [key, value] of Object.entries(row.logs)) {
      const column = (history[key] ??= new Array<number | null>(epochs.length).fill(null));
      column[index] = value;
    }
  });
  const document = { epoch: epochs.map((row) => row.epoch), history, lr_during_epoch: epochs.map((row) => row.lrDuring) };
  return `${JSON.stringify(document, encodeNonFinite, 2)}\n`;
}
