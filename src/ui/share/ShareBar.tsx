/**
 * Carrying the setup in and out of the page: the share link (read as the
 * page opens, written on request), the setup as a JSON file (export, import
 * by picker or by dropping it on the page), the Keras script, and the
 * consent for code that came from elsewhere.
 */
import { useCallback, useState } from 'react';
import { shareLinkOf } from '../../config/csvLink';
import { FileOutcomeNote } from '../import/FileOutcomeNote';
import { ImportFileButton } from '../import/ImportFileButton';
import { useFileDrop } from '../import/useFileDrop';
import { useSetupFile } from '../import/useSetupFile';
import type { CsvInbox } from '../settings/csvInbox';
import { isCsvFile } from '../settings/csv/readCsvFile';
import type { ConfigStore } from '../state/configStore';
import { useStore } from '../state/useStore';
import { CodeConsent } from './CodeConsent';
import { CopyEmbedCode } from './CopyEmbedCode';
import { putLinkInAddressBar } from './addressBar';
import { applyLinkOnOpen, type LinkOutcome } from './linkOnOpen';
import { ProblemList } from './ProblemList';
import { downloadKerasScript, downloadSetupJson } from './setupDownloads';

export function ShareBar({ store, csvInbox }: { store: ConfigStore; csvInbox: CsvInbox }) {
  // Read once, as the page opens: the link is the starting run, not a value to follow.
  const [outcome] = useState<LinkOutcome>(() => applyLinkOnOpen(window.location.hash, store));
  const [copied, setCopied] = useState<{ url: string; omitted: { name: string; chars: number } | null } | null>(null);
  const validation = useStore(store, (state) => state.validation);
  const setupFile = useSetupFile(store);
  const { open } = setupFile;
  // A dropped CSV is data for the dataset form; anything else is read as a setup file.
  const dropFile = useCallback((file: File) => (isCsvFile(file) ? csvInbox.setState({ dropped: file }) : open(file)), [csvInbox, open]);
  const dragging = useFileDrop(dropFile);
  const config = validation.ok ? validation.config : null;

  const share = () => {
    if (!config) return;
    const shared = shareLinkOf(config);
    setCopied({ url: putLinkInAddressBar(shared.link), omitted: shared.omitted });
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
      <p className="muted">Or drop a setup JSON file, or a CSV of your own data, anywhere on the page.</p>
      {copied && (
        <p className="muted" data-testid="share-link">
          The address bar now holds this setup: <code>{copied.url.length > 80 ? `${copied.url.slice(0, 77)}…` : copied.url}</code>
        </p>
      )}
      {copied?.omitted && (
        <p className="blocked-reason" role="status" data-testid="share-link-omitted">
          {`${copied.omitted.name} (${Math.ceil(copied.omitted.chars / 1000)} KB) is too big to carry in a link: the link holds the rest of the setup and asks for the file again when opened. Export JSON carries the file too.`}
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
          Drop a setup JSON file to load it, or a CSV file to train on it
        </div>
      )}
    </section>
  );
}
