/** What the panel's worker did last: a restored checkpoint's evaluation. */
import { formatValue } from './checkpointFormat';
import type { RestoreState } from './usePanelWorker';

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
