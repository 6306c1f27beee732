/** What the panel's worker did last: a restored checkpoint's evaluation, and the progress of a resumed run. */
import { formatValue } from './checkpointFormat';
import type { RestoreState, ResumedRun } from './usePanelWorker';

export function RestoreResult({ restore }: { restore: RestoreState }) {
  const { result, error } = restore;
  if (error !== null) {
    return (
      <p role="alert" className="problem" data-testid="checkpoint-restore-error">
        {`Could not restore ${restore.checkpointId}: ${error}`}
      </p>
    );
  }
  if (!result) return <p data-testid="checkpoint-restore-result">{`Restoring ${restore.checkpointId} …`}</p>;
  const evaluated = result.evaluated[result.monitor];
  const metrics = Object.entries(result.evaluated)
    .map(([key, value]) => `${key} ${formatValue(value)}`)
    .join(', ');
  return (
    <p
      role="status"
      data-testid="checkpoint-restore-result"
      data-monitor={result.monitor}
      data-evaluated={evaluated ?? ''}
      data-stored={result.storedValue ?? ''}
    >
      {`Restored ${result.id} (epoch ${result.epoch + 1}) into the model and evaluated it: ${metrics}. ` +
        `Stored ${result.monitor}: ${formatValue(result.storedValue)}.`}
    </p>
  );
}

export function ResumedRunStatus({ run, onStop }: { run: ResumedRun; onStop: () => void }) {
  const active = run.status === 'starting' || run.status === 'running';
  const from = run.initialEpoch === null ? '' : ` from epoch ${run.initialEpoch + 1}`;
  return (
    <div className="checkpoint-resumed" role="status">
      <p>
        {`Resumed ${run.checkpointId}${from}: epoch `}
        <strong data-testid="checkpoint-resume-epoch">{`${run.epochsDone} / ${run.totalEpochs}`}</strong>
        {run.lastLogs?.['val_loss'] !== undefined && ` · val_loss ${formatValue(run.lastLogs['val_loss'])}`}
        {` · ${run.status}`}
      </p>
      {run.message && <p data-testid="checkpoint-resume-message">{run.message}</p>}
      {active && (
        <button type="button" onClick={onStop}>
          Stop resumed run
        </button>
      )}
    </div>
  );
}
