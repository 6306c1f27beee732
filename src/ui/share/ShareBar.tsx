/**
 * The share link: the page reads one it was opened with (its code waits for
 * consent), and writes the current run into the address bar on request.
 */
import { useState } from 'react';
import { encodeShareLink } from '../../config/shareLink';
import type { ConfigStore } from '../state/configStore';
import { useStore } from '../state/useStore';
import { applyLinkOnOpen, type LinkOutcome } from './linkOnOpen';

export function ShareBar({ store }: { store: ConfigStore }) {
  // Read once, as the page opens: the link is the starting run, not a value to follow.
  const [outcome] = useState<LinkOutcome>(() => applyLinkOnOpen(window.location.hash, store));
  const [copied, setCopied] = useState<string | null>(null);
  const unaccepted = useStore(store, (state) => state.unacceptedCode);
  const validation = useStore(store, (state) => state.validation);

  const share = () => {
    if (!validation.ok) return;
    const url = new URL(window.location.href);
    url.hash = encodeShareLink(validation.config);
    window.history.replaceState(null, '', url);
    void navigator.clipboard?.writeText(url.toString()).catch(() => undefined);
    setCopied(url.toString());
  };

  return (
    <section className="panel share-bar" aria-label="Share">
      <button type="button" onClick={share} disabled={!validation.ok}>
        Copy share link
      </button>
      {copied && (
        <p className="hint" data-testid="share-link">
          The address bar now holds this setup: <code>{copied.length > 80 ? `${copied.slice(0, 77)}…` : copied}</code>
        </p>
      )}
      {outcome.kind === 'refused' && (
        <div role="alert" className="blocked-reason" data-testid="link-problems">
          This link could not be opened, so the default run is shown:
          <ul>
            {outcome.problems.map((problem, index) => (
              <li key={index}>{problem.path ? `${problem.path}: ${problem.message}` : problem.message}</li>
            ))}
          </ul>
        </div>
      )}
      {unaccepted.length > 0 && (
        <div role="alertdialog" aria-label="Code from a link" className="consent" data-testid="code-consent">
          <p>
            This setup came with code that runs in the training worker. Read it, then accept it to train.
          </p>
          {unaccepted.map((code) => (
            <figure key={code.where}>
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
      )}
    </section>
  );
}
