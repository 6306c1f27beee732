/** A Keras history read from a file, kept as a run of its own: labelled as imported, with no setup and no events. */
import type { ImportedHistory } from '../../export/importedHistory';
import type { HistoryFormat } from '../../export/historyFile';
import type { RunRecord } from '../../storage';
import { bestOf } from './recordOfRun';

export function importedRun(id: string, file: string, format: HistoryFormat, history: ImportedHistory, now: number): RunRecord {
  const { epochs } = history;
  return {
    head: {
      id,
      name: null,
      createdAt: now,
      updatedAt: now,
      origin: { kind: 'imported', file, format },
      config: null,
      ending: 'imported',
      endingText: `Imported from ${file}: ${epochs.length} epoch${epochs.length === 1 ? '' : 's'} trained outside Plateau.`,
      epochs: epochs.length,
      best: bestOf(epochs),
      test: null,
    },
    body: { history: epochs, events: [] },
  };
}
