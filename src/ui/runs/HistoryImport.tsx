/** Import a Keras run: a button that picks a CSVLogger file or a saved history.history, and what became of the last one. */
import { useRef } from 'react';
import type { ImportOutcome } from './useHistoryImport';

export function HistoryImportButton({ onFile }: { onFile: (file: File) => void }) {
  const input = useRef<HTMLInputElement>(null);
  return (
    <>
      <button type="button" onClick={() => input.current?.click()}>
        Import a Keras log…
      </button>
      <input
        ref={input}
        type="file"
        accept=".csv,.tsv,.txt,.log,.json,text/csv,application/json"
        aria-label="Keras CSVLogger or history JSON file"
        hidden
        onChange={(event) => {
          const file = event.target.files?.[0];
          event.target.value = '';
          if (file) onFile(file);
        }}
      />
    </>
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
