/**
 * Paste Keras Python that builds callbacks (`callbacks=[...]`, keyword or
 * positional arguments, `keras.callbacks.` prefixes) and get the stack,
 * with `fit(...)`'s settings and the optimizer when the code has them.
 * What cannot be read is listed with its line. The Python is parsed, never
 * run; the reader loads when the box is first used. Schedules it reads are
 * arithmetic it translated itself, so they need no consent.
 */
import { useId, useState } from 'react';
import type { LineProblem } from '../../export/pythonTokens';
import type { ConfigStore } from '../state/configStore';
import type { FitConfig, OptimizerConfig } from '../../config/modelConfig';
import { replaceStack, updateSection } from '../state/runDraft';
import { kerasImportSummary, type ImportedSettings } from './kerasImportSummary';

interface Outcome {
  read: number;
  problems: LineProblem[];
  settings: ImportedSettings;
}

export function KerasImportBox({ store, disabled }: { store: ConfigStore; disabled: boolean }) {
  const [source, setSource] = useState('');
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const id = useId();

  const build = async () => {
    const { importKerasCallbacks } = await import('../../export/kerasImport');
    const { entries, problems, fit, optimizer } = importKerasCallbacks(source);
    if (entries.length > 0) store.edit((draft) => replaceStack(draft, entries));
    // Both were checked by the config's own schemas as they were read.
    if (fit && Object.keys(fit).length > 0) store.edit((draft) => updateSection(draft, 'fit', fit as Partial<FitConfig>));
    if (optimizer) store.edit((draft) => ({ ...draft, optimizer: optimizer as OptimizerConfig }));
    setOutcome({ read: entries.length, problems, settings: { fit, optimizer } });
  };

  return (
    <details className="panel keras-import">
      <summary>Import callbacks, fit(...) and the optimizer from Keras Python</summary>
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
          {kerasImportSummary(outcome.read, outcome.problems, outcome.settings)}
        </p>
      )}
    </details>
  );
}
