/** Two ticked runs' setups side by side, every field, the ones that differ highlighted. */
import { useMemo } from 'react';
import { compareConfigs } from '../../config/configDiff';
import type { RunHead } from '../../storage';
import { runLabel } from './runLabels';

export function RunDiff({ before, after }: { before: RunHead; after: RunHead }) {
  const rows = useMemo(() => (before.config && after.config ? compareConfigs(before.config, after.config) : null), [before.config, after.config]);
  if (!rows) return <p className="muted">An imported run has no setup to compare.</p>;
  const differing = rows.filter((row) => row.differs).length;
  return (
    <div className="run-diff" data-testid="run-diff">
      <p>
        {differing === 0 ? 'The two setups are the same.' : `${differing} field${differing === 1 ? ' differs' : 's differ'} (highlighted).`}
      </p>
      <table>
        <thead>
          <tr>
            <th scope="col">Field</th>
            <th scope="col">{runLabel(before)}</th>
            <th scope="col">{runLabel(after)}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.key} className={row.differs ? 'differs' : undefined} data-differs={row.differs}>
              <th scope="row">{row.label}</th>
              <td>{row.before ?? '—'}</td>
              <td>{row.after ?? '—'}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
