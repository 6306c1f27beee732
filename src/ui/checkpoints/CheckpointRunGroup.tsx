/**
 * One run's stored checkpoints: readable entries with their actions, then the
 * damaged ones. Entries are memoised: a save during a run adds one entry, and
 * the others (kept as the same objects) do not render again.
 */
import { memo } from 'react';
import type { CheckpointListEntry, CheckpointSummary, DamagedCheckpoint, RunCheckpoints } from '../../storage';
import { backupDirOf } from '../../storage/backupKeys';
import { formatBytes, formatPosition, formatSavedAt, formatValue } from './checkpointFormat';

export interface EntryActions {
  restore: (entry: CheckpointSummary) => void;
  download: (entry: CheckpointSummary) => void;
  resume: (entry: CheckpointSummary) => void;
  remove: (id: string, label: string) => void;
  /** True while the panel's worker restores a checkpoint. */
  restoring: boolean;
  /** True while the page's run trains: a resumed run would replace it, so Resume waits. */
  runActive: boolean;
}

function runTitle(run: RunCheckpoints): string {
  const backupDir = backupDirOf(run.runId);
  if (backupDir !== null) return `BackupAndRestore backup in ${backupDir} · a run with this backup_dir resumes from it`;
  const first = run.entries.find((entry): entry is CheckpointSummary => !entry.damaged);
  const short = run.runId.slice(0, 8);
  if (!first) return `Run ${short}`;
  const { dataset, optimizer, fit } = first.config;
  return `Run ${short} · ${dataset.kind}, ${optimizer.kind}, ${fit.epochs} epochs`;
}

const ReadableEntry = memo(function ReadableEntry({ entry, actions }: { entry: CheckpointSummary; actions: EntryActions }) {
  return (
    <li className="checkpoint-entry" data-testid="checkpoint-entry" data-id={entry.id} data-epoch={entry.epoch}>
      <span className="checkpoint-name">{entry.name}</span>
      <span>{backupDirOf(entry.runId) === null ? formatPosition(entry.epoch, entry.batch) : `${entry.epoch} epochs done`}</span>
      <span data-testid="checkpoint-value">{`${entry.monitor} ${formatValue(entry.value)}`}</span>
      <span>{formatBytes(entry.sizeBytes)}</span>
      <time dateTime={new Date(entry.savedAt).toISOString()}>{formatSavedAt(entry.savedAt)}</time>
      <span className="checkpoint-actions">
        <button type="button" onClick={() => actions.restore(entry)} disabled={actions.restoring}>
          Restore
        </button>
        <button
          type="button"
          onClick={() => actions.download(entry)}
          disabled={entry.weightsOnly}
          title={entry.weightsOnly ? 'Weights only, as Keras’s .weights.h5: no model.json to download' : 'TensorFlow.js files for tf.loadLayersModel, not a .keras file'}
        >
          Download tfjs model.json + model.weights.bin
        </button>
        <button
          type="button"
          onClick={() => actions.resume(entry)}
          disabled={actions.runActive}
          title={actions.runActive ? 'A run is training: stop it first' : 'Carry this run on in the charts above, with this checkpoint’s setup'}
        >
          Resume training
        </button>
        <button type="button" onClick={() => actions.remove(entry.id, entry.name)}>
          Delete
        </button>
      </span>
    </li>
  );
});

const DamagedEntry = memo(function DamagedEntry({ entry, actions }: { entry: DamagedCheckpoint; actions: EntryActions }) {
  return (
    <li className="checkpoint-entry checkpoint-damaged" data-testid="checkpoint-damaged" data-id={entry.id}>
      <span className="checkpoint-name">{entry.id}</span>
      <span>{`Damaged: ${entry.reason}`}</span>
      <span className="checkpoint-actions">
        <button type="button" onClick={() => actions.remove(entry.id, entry.id)}>
          Delete
        </button>
      </span>
    </li>
  );
});

function Entry({ entry, actions }: { entry: CheckpointListEntry; actions: EntryActions }) {
  return entry.damaged ? <DamagedEntry entry={entry} actions={actions} /> : <ReadableEntry entry={entry} actions={actions} />;
}

export function CheckpointRunGroup({ run, actions }: { run: RunCheckpoints; actions: EntryActions }) {
  return (
    <li className="checkpoint-run" data-testid="checkpoint-run" data-run-id={run.runId}>
      <h3>{runTitle(run)}</h3>
      <ul className="checkpoint-entries">
        {run.entries.map((entry) => (
          <Entry key={entry.id} entry={entry} actions={actions} />
        ))}
      </ul>
    </li>
  );
}
