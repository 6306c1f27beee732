/**
 * The Runs list: every run this browser trained (or imported), newest
 * first, kept across reloads. Tick runs to lay them under the current one
 * on the charts; tick two to compare their setups side by side; load a
 * run's setup into the forms; replay the current stack over any run's logs.
 */
import { useCallback, useMemo, useState } from 'react';
import type { RunHead } from '../../storage';
import { simulateSafely } from '../preview/simulateOffPage';
import type { ConfigStore } from '../state/configStore';
import { useStore } from '../state/useStore';
import { isActive, type RunSessionStore } from '../watch/runSession';
import { HistoryImportButton, ImportOutcomeNote } from './HistoryImport';
import { RunDiff } from './RunDiff';
import { RunItem, type RunActions } from './RunItem';
import { formatBytes, runLabel } from './runLabels';
import { RunReplayView, type ReplayShown } from './RunReplayView';
import { replayOf, runReplayInput } from './runReplay';
import type { RunsController } from './runsController';
import { changesFromPrevious, overlayColour } from './runsView';
import { useHistoryImport } from './useHistoryImport';
import './runs.css';

interface RunsPanelProps {
  runs: RunsController;
  config: ConfigStore;
  session: RunSessionStore;
}

export function RunsPanel({ runs, config, session }: RunsPanelProps) {
  const listing = useStore(runs, (state) => state.listing);
  const ticked = useStore(runs, (state) => state.ticked);
  const loaded = useStore(runs, (state) => state.loaded);
  const notice = useStore(runs, (state) => state.notice);
  const problem = useStore(runs, (state) => state.problem);
  const liveId = useStore(runs, (state) => state.liveId);
  const training = useStore(session, (state) => isActive(state.status));
  const [replay, setReplay] = useState<ReplayShown | null>(null);
  const { outcome, importFile } = useHistoryImport(runs);
  const changes = useMemo(() => changesFromPrevious(listing?.runs ?? []), [listing]);

  const replayOver = useCallback(
    async (head: RunHead) => {
      const label = runLabel(head);
      const validation = config.getState().validation;
      const run = await runs.read(head.id);
      if (!run.ok) {
        setReplay({ runLabel: label, history: [], replay: null, problem: `This run cannot be read: ${run.reason}` });
        return;
      }
      const history = run.body.history;
      if (!validation.ok) {
        setReplay({ runLabel: label, history, replay: null, problem: 'The current setup has problems: fix them, then replay its stack.' });
        return;
      }
      const answer = await simulateSafely(runReplayInput(history, validation.config));
      setReplay(
        answer.ok
          ? { runLabel: label, history, replay: replayOf(label, history, validation.config, answer.output), problem: null }
          : { runLabel: label, history, replay: null, problem: answer.message },
      );
    },
    [config, runs],
  );

  const actions = useMemo<RunActions>(
    () => ({
      toggle: (id) => runs.toggle(id),
      rename: (id, name) => void runs.rename(id, name),
      remove: (id, label) => {
        if (window.confirm(`Delete the run ${label}? This cannot be undone.`)) void runs.remove(id);
      },
      // From this browser's own storage, and its code ran here when it trained: loaded as the page's own, as a checkpoint's is.
      loadSetup: (head) => head.config && config.load(head.config),
      replay: (head) => void replayOver(head),
      canLoadSetup: !training,
    }),
    [runs, config, replayOver, training],
  );

  const tickedHeads = ticked.flatMap((id) => listing?.runs.find((run) => run.id === id) ?? []).sort((a, b) => a.createdAt - b.createdAt);
  const failedOverlays = ticked.flatMap((id) => {
    const entry = loaded[id];
    return entry && !entry.ok ? [entry.reason] : [];
  });

  return (
    <section
      className="panel runs-panel"
      aria-labelledby="runs-heading"
      data-testid="runs-panel"
      // A log dropped here is imported as a run; dropped elsewhere on the page, a file is read as a setup.
      onDragOver={(event) => {
        if (event.dataTransfer.types.includes('Files')) event.preventDefault();
      }}
      onDrop={(event) => {
        const file = event.dataTransfer.files[0];
        if (!file) return;
        // Marked as handled: the page's own drop handler (useFileDrop) then leaves it alone.
        event.preventDefault();
        importFile(file);
      }}
    >
      <div className="panel-heading">
        <h2 id="runs-heading">Runs</h2>
        <HistoryImportButton onFile={importFile} />
      </div>
      <ImportOutcomeNote outcome={outcome} />
      <p className="panel-hint" data-testid="runs-usage">
        {listing
          ? `${listing.runs.length} run${listing.runs.length === 1 ? '' : 's'} kept, ${formatBytes(listing.usedBytes)} of a ${formatBytes(listing.budgetBytes)} budget; the oldest unnamed runs make room, named runs are kept.`
          : 'Reading the kept runs …'}
      </p>
      {problem && (
        <p role="alert" className="problem">
          {problem}
        </p>
      )}
      {notice && (
        <p role="status" className="runs-notice" data-testid="runs-notice">
          {notice}
        </p>
      )}
      {failedOverlays.map((reason, index) => (
        <p key={index} role="alert" className="problem">
          A ticked run cannot be drawn: {reason}
        </p>
      ))}
      {listing && listing.damaged.length > 0 && (
        <div role="alert" className="problem" data-testid="runs-damaged">
          {listing.damaged.length} kept run{listing.damaged.length === 1 ? ' is' : 's are'} damaged and not listed:
          <ul>
            {listing.damaged.map((entry) => (
              <li key={entry.id}>
                {entry.id}: {entry.reason}{' '}
                <button type="button" className="link-button" onClick={() => void runs.remove(entry.id)}>
                  Delete it
                </button>
              </li>
            ))}
          </ul>
        </div>
      )}
      {tickedHeads.length === 2 && tickedHeads[0] && tickedHeads[1] && <RunDiff before={tickedHeads[0]} after={tickedHeads[1]} />}
      {replay && <RunReplayView shown={replay} onClose={() => setReplay(null)} />}
      {listing && listing.runs.length === 0 ? (
        <p className="empty-state" data-testid="runs-empty">
          No runs yet. Every run you train is kept here, to lay under the next one; or import a Keras CSVLogger file.
        </p>
      ) : (
        <ol className="run-list">
          {listing?.runs.map((head) => (
            <RunItem key={`${head.id}-${head.name ?? ''}`} head={head} live={head.id === liveId} colour={overlayColour(ticked, head.id)} change={changes.get(head.id) ?? null} actions={actions} />
          ))}
        </ol>
      )}
    </section>
  );
}
