/**
 * Code that came with a link, a file or pasted JSON, shown for the user to
 * read; Train stays blocked until they accept it (DESIGN.md §4).
 */
import type { ConfigStore } from '../state/configStore';
import { useStore } from '../state/useStore';

export function CodeConsent({ store }: { store: ConfigStore }) {
  const unaccepted = useStore(store, (state) => state.unacceptedCode);
  const origin = useStore(store, (state) => state.codeOrigin);
  if (unaccepted.length === 0) return null;
  return (
    <div role="alertdialog" aria-labelledby="code-consent-title" aria-describedby="code-consent-why" className="consent" data-testid="code-consent">
      <p id="code-consent-title">
        <strong>Code from {origin ?? 'elsewhere'}</strong>
      </p>
      <p id="code-consent-why">This setup came with code that runs in the training worker. Read it, then accept it to train.</p>
      {unaccepted.map((code) => (
        <figure key={code.slot}>
          <figcaption>{code.where}</figcaption>
          <pre>
            <code>{code.source}</code>
          </pre>
        </figure>
      ))}
      <button type="button" className="primary" onClick={store.acceptCode}>
        Accept this code
      </button>
    </div>
  );
}
