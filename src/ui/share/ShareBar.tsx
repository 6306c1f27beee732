/**
 * The share link: the page reads one it was opened with (its code waits for
 * consent), and writes the current run into the address bar on request.
 */
import { useState } from 'react';
import { encodeShareLink } from '../../config/shareLink';
import type { ConfigStore } from '../state/configStore';
import { useStore } from '../state/useStore';
import { CodeConsent } from './CodeConsent';
import { applyLinkOnOpen, type LinkOutcome } from './linkOnOpen';

export function ShareBar({ store }: { store: ConfigStore }) {
  // Read once, as the page opens: the link is the starting run, not a value to follow.
  const [outcome] = useState<LinkOutcome>(() => applyLinkOnOpen(window.location.hash, store));
  const [copied, setCopied] = useState<string | null>(null);
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
      <CodeConsent store={store} />
    </section>
  );
}
