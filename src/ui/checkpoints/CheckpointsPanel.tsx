/**
 * The checkpoints panel: every stored checkpoint grouped by run, with its
 * epoch, monitored value, size and time; restore one (evaluated in the
 * panel's worker), download it as tfjs model files, carry its run on in the
 * page's main run, delete one or all; storage used against the quota.
 * Refreshes on load and on every save.
 */
import { useMemo } from 'react';
import type { CheckpointSummary } from '../../storage';
import type { BackendRequest } from '../../training/protocol';
import { CheckpointRunGroup, type EntryActions } from './CheckpointRunGroup';
import { formatUsage } from './checkpointFormat';
import { downloadCheckpoint } from './downloadCheckpoint';
import { RestoreResult } from './PanelWorkerStatus';
import { useCheckpointList } from './useCheckpointList';
import { usePanelWorker } from './usePanelWorker';
import './checkpoints.css';

interface CheckpointsPanelProps {
  backend: BackendRequest;
  /** True while the page's run trains; Resume waits for it to end. */
  runActive: boolean;
  /** Carries the checkpoint's run on in the page's main run. */
  onResume: (entry: CheckpointSummary) => void;
}

export function CheckpointsPanel({ backend, runActive, onResume }: CheckpointsPanelProps) {
  const list = useCheckpointList();
  const worker = usePanelWorker(backend);
  const restoring = worker.restore !== null && worker.restore.result === null && worker.restore.error === null;

  const { restoreCheckpoint } = worker;
  const { load, report, remove } = list;
  // The same object from render to render, so entries that did not change are not rendered again.
  const actions = useMemo<EntryActions>(
    () => ({
      restoring,
      runActive,
      restore: (entry) => void restoreCheckpoint(entry.id),
      resume: onResume,
      download: (entry) =>
        void load(entry.id).then(
          (loaded) => {
            if (loaded) downloadCheckpoint(loaded);
            else report(`Checkpoint ${entry.id} is gone.`);
          },
          (error: unknown) => report(error instanceof Error ? error.message : String(error)),
        ),
      remove: (id, label) => {
        if (window.confirm(`Delete checkpoint ${label}? This cannot be undone.`)) void remove(id);
      },
    }),
    [restoring, runActive, restoreCheckpoint, onResume, load, report, remove],
  );
  const removeAll = () => {
    if (window.confirm('Delete every stored checkpoint? This cannot be undone.')) void list.removeAll();
  };

  const runs = list.runs;
  return (
    <section className="panel checkpoints-panel" aria-labelledby="checkpoints-heading">
      <h2 id="checkpoints-heading">Checkpoints</h2>
      <p className="panel-hint" data-testid="checkpoint-usage">
        {list.usage ? `Browser storage: ${formatUsage(list.usage.usageBytes, list.usage.quotaBytes)}` : 'Browser storage: no estimate available'}
      </p>
      {list.problem && (
        <p role="alert" className="problem" data-testid="checkpoint-problem">
          {list.problem}
        </p>
      )}
      {worker.restore && <RestoreResult restore={worker.restore} />}
      {runs === null ? (
        <p className="empty-state">Reading checkpoints …</p>
      ) : runs.length === 0 ? (
        <p className="empty-state" data-testid="checkpoint-empty">
          No checkpoints yet. Add a ModelCheckpoint to the stack and train.
        </p>
      ) : (
        <>
          <ul className="checkpoint-runs">
            {runs.map((run) => (
              <CheckpointRunGroup key={run.runId} run={run} actions={actions} />
            ))}
          </ul>
          <button type="button" onClick={removeAll}>
            Delete all checkpoints
          </button>
        </>
      )}
    </section>
  );
}
