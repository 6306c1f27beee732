/**
 * Carrying the setup in and out of the page: the share link (read as the
 * page opens, written on request), the setup as a JSON file (export, import
 * by picker or by dropping it on the page), the Keras script, and the
 * consent for code that came from elsewhere.
 */
import { useState } from 'react';
import { encodeShareLink } from '../../config/shareLink';
import { FileOutcomeNote } from '../import/FileOutcomeNote';
import { ImportFileButton } from '../import/ImportFileButton';
import { useFileDrop } from '../import/useFileDrop';
import { useSetupFile } from '../import/useSetupFile';
import type { ConfigStore } from '../state/configStore';
import { useStore } from '../state/useStore';
import { CodeConsent } from './CodeConsent';
import { CopyEmbedCode } from './CopyEmbedCode';
import { putLinkInAddressBar } from './addressBar';
import { applyLinkOnOpen, type LinkOutcome } from './linkOnOpen';
import { ProblemList } from './ProblemList';
import { downloadKerasScript, downloadSetupJson } from './setupDownloads';

export function ShareBar({ store }: { store: ConfigStore }) {
  // Read once, as the page opens: the link is the starting run, not a value to follow.
  const [outcome] = useState<LinkOutcome>(() => applyLinkOnOpen(window.location.hash, store));
  const [copied, setCopied] = useState<string | null>(null);
  const validation = useStore(store, (state) => state.validation);
  const setupFile = useSetupFile(store);
  const dragging = useFileDrop(setupFile.open);
  const config = validation.ok ? validation.config : null;

  const share = () => {
    if (!config) return;
    setCopied(putLinkInAddressBar(encodeShareLink(config)));
  };

  return (
    <section className="panel share-bar" aria-label="Share and import">
      <div className="button-row">
        <button type="button" onClick={share} disabled={!config}>
          Copy share link
        </button>
        <CopyEmbedCode store={store} />
        <button type="button" onClick={() => config && downloadSetupJson(config)} disabled={!config}>
          Export JSON
        </button>
        <ImportFileButton onFile={setupFile.open} />
        <button type="button" onClick={() => config && void downloadKerasScript(config)} disabled={!config}>
          Keras Python
        </button>
      </div>
      <p className="muted">Or drop a setup JSON file anywhere on the page.</p>
      {copied && (
        <p className="muted" data-testid="share-link">
          The address bar now holds this setup: <code>{copied.length > 80 ? `${copied.slice(0, 77)}…` : copied}</code>
        </p>
      )}
      {outcome.kind === 'refused' && (
        <div role="alert" className="blocked-reason" data-testid="link-problems">
          This link could not be opened, so the default run is shown:
          <ProblemList problems={outcome.problems} />
        </div>
      )}
      <FileOutcomeNote outcome={setupFile.outcome} />
      <CodeConsent store={store} />
      {dragging && (
        <div className="drop-overlay" aria-hidden="true">
          Drop a setup JSON file to load it
        </div>
      )}
    </section>
  );
}
