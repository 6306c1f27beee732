/**
 * Paste Keras Python that builds callbacks (`callbacks=[...]`, keyword or
 * positional arguments, `keras.callbacks.` prefixes) and get the stack.
 * What cannot be read is listed with its line. The Python is parsed, never
 * run; the reader loads when the box is first used. Schedules it reads are
 * arithmetic it translated itself, so they need no consent.
 */
import { useId, useState } from 'react';
import type { LineProblem } from '../../export/pythonTokens';
import type { ConfigStore } from '../state/configStore';
import { replaceStack } from '../state/runDraft';
import { kerasImportSummary } from './kerasImportSummary';

interface Outcome {
  read: number;
  problems: LineProblem[];
}

export function KerasImportBox({ store, disabled }: { store: ConfigStore; disabled: boolean }) {
  const [source, setSource] = useState('');
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const id = useId();

  const build = async () => {
    const { importKerasCallbacks } = await import('../../export/kerasImport');
    const { entries, problems } = importKerasCallbacks(source);
    if (entries.length > 0) store.edit((draft) => replaceStack(draft, entries));
    setOutcome({ read: entries.length, problems });
  };

  return (
    <details className="panel keras-import">
      <summary>Import callbacks from Keras Python</summary>
      <label htmlFor={`${id}-source`}>Keras Python</label>
      <textarea
        id={`${id}-source`}
        className="json-text"
        rows={6}
        spellCheck={false}
        placeholder={"callbacks=[\n    keras.callbacks.ReduceLROnPlateau(monitor='val_loss', factor=0.2, patience=5),\n    EarlyStopping(patience=10),\n]"}
        value={source}
        onChange={(event) => setSource(event.target.value)}
      />
      <button type="button" disabled={disabled || source.trim() === ''} onClick={() => void build()}>
        Build the stack
      </button>
      {outcome && (
        <p role={outcome.problems.length > 0 ? 'alert' : 'status'} className={outcome.problems.length > 0 ? 'field-error' : 'muted'} data-testid="keras-import-result">
          {kerasImportSummary(outcome.read, outcome.problems)}
        </p>
      )}
    </details>
  );
}
