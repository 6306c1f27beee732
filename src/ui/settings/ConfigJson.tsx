/**
 * The whole run as JSON, both ways: copy it (the same shape the share link
 * and `npm run simulate` read), or paste one in. Valid JSON that passes the
 * schema (an older version migrated first) replaces the run; anything else
 * is explained and changes nothing.
 * Code in a pasted run waits for the user's consent unless it is code they
 * already wrote or accepted here.
 */
import { useState } from 'react';
import { importConfigJson } from '../../config/configFile';
import { problemsToText } from '../../config/parseResult';
import type { ConfigStore } from '../state/configStore';
import { draftToRaw } from '../state/runDraft';
import { useStore } from '../state/useStore';

export function ConfigJson({ store }: { store: ConfigStore }) {
  const draft = useStore(store, (state) => state.draft);
  const [editing, setEditing] = useState<string | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const shown = editing ?? JSON.stringify(draftToRaw(draft), null, 2);

  const apply = (text: string) => {
    setEditing(text);
    const parsed = importConfigJson(text);
    if (!parsed.ok) {
      setProblem(problemsToText(parsed.problems));
      return;
    }
    setProblem(null);
    store.loadUntrusted(parsed.value, 'pasted JSON');
  };

  return (
    <section className="panel json-panel" aria-labelledby="json-heading">
      <h2 id="json-heading">The whole run as JSON</h2>
      <p id="json-hint" className="panel-hint">
        The same shape the share link and <code>npm run simulate</code> read. Paste a config here to load it.
      </p>
      <textarea
        aria-label="Run config"
        aria-describedby={problem ? 'json-hint json-problem' : 'json-hint'}
        aria-invalid={problem ? true : undefined}
        className="json-text"
        spellCheck={false}
        rows={10}
        value={shown}
        onChange={(event) => apply(event.target.value)}
        onBlur={() => {
          if (!problem) setEditing(null);
        }}
      />
      {problem && (
        <p id="json-problem" className="field-error" role="alert">
          {problem}
        </p>
      )}
    </section>
  );
}
