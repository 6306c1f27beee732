/** Import a Keras run: a button that picks a CSVLogger file or a saved history.history, and what became of the last one. */
import { ImportFileButton } from '../import/ImportFileButton';
import type { ImportOutcome } from './useHistoryImport';

export function HistoryImportButton({ onFile }: { onFile: (file: File) => void }) {
  return (
    <ImportFileButton
      onFile={onFile}
      label="Import a Keras log…"
      accept=".csv,.tsv,.txt,.log,.json,text/csv,application/json"
      inputLabel="Keras CSVLogger or history JSON file"
    />
  );
}

export function ImportOutcomeNote({ outcome }: { outcome: ImportOutcome | null }) {
  if (!outcome) return null;
  if (outcome.kind === 'refused') {
    return (
      <div role="alert" className="blocked-reason" data-testid="history-import-problems">
        {outcome.name} was not imported; nothing kept was changed:
        <ul>
          {outcome.problems.map((problem, index) => (
            <li key={index}>{problem}</li>
          ))}
        </ul>
      </div>
    );
  }
  return (
    <div role="status" className="muted" data-testid="history-imported">
      Imported {outcome.name}: {outcome.epochs} epochs, now in the list as an imported run.
      {outcome.notes.length > 0 && (
        <ul>
          {outcome.notes.map((note, index) => (
            <li key={index}>{note}</li>
          ))}
        </ul>
      )}
    </div>
  );
}
