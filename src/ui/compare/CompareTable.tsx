/**
 * The comparison table: one row per variant, filled as the runs finish
 * epochs, under a line that proves the runs started equal and a line that
 * says which won and how sure that is. A variant of several seeds shows
 * each number as mean ± standard deviation over its seeds.
 */
import { seedsRow, type SeedsRow } from './compareTable';
import { initialLossText, sameStartBySeed } from './sameStart';
import type { SeedGroupRuns } from './seedVerdict';
import { seedVerdict } from './seedVerdict';
import type { SeedSpread, VariantSeeds } from './seedGroups';
import type { VariantRun } from './variantRun';

const number = (value: number | null, digits = 4) => (value === null ? '–' : value === 0 ? '0' : value.toPrecision(digits));
const spread = (value: SeedSpread | null, digits = 4) => (value === null ? '–' : value.count > 1 && value.sd > 0 ? `${number(value.mean, digits)} ± ${number(value.sd, 2)}` : number(value.mean, digits));
const span = (value: [number, number] | null) => (value === null ? '–' : value[0] === value[1] ? String(value[0]) : `${value[0]}–${value[1]}`);

function SameStartLine({ groups }: { groups: readonly VariantSeeds[] }) {
  const seeds = Math.max(0, ...groups.map((group) => group.runs.length));
  const columns = Array.from({ length: seeds }, (_, k) => groups.flatMap((group) => (group.runs[k] ? [group.runs[k].initialLoss] : [])));
  const start = sameStartBySeed(columns);
  const runs = groups.flatMap((group) => group.runs);
  if (start.kind === 'waiting') {
    return runs.some((run) => run.status === 'running') ? <p className="same-start" data-testid="same-start">Evaluating each variant before its first step…</p> : null;
  }
  if (start.kind === 'same') {
    return (
      <p className="same-start same" data-testid="same-start" data-same="true">
        <span aria-hidden="true">✓ </span>Same start: every variant began at {initialLossText(start.initialLoss)}, evaluated before its first step
        {seeds > 1 ? `; each of the ${seeds} seeds began equal in every variant that has it.` : '.'}
      </p>
    );
  }
  return (
    <p className="same-start different" data-testid="same-start" data-same="false">
      <span aria-hidden="true">✗ </span>Not the same start: the variants' losses before their first step differ, so the comparison is not fair (
      {start.losses.map((loss) => (loss ? initialLossText(loss) : '–')).join(' / ')}).
    </p>
  );
}

function verdictRuns(groups: readonly VariantSeeds[], rows: readonly (SeedsRow | null)[]): SeedGroupRuns[] {
  return groups.flatMap((group, index) => {
    const row = rows[index];
    if (!row || group.runs.length === 0) return [];
    const seeds = group.runs.map((run: VariantRun) => {
      const by = run.summary?.stopped?.by ?? null;
      return { name: group.variant.name, monitor: row.monitor, history: run.history, finished: run.status !== 'running', stoppedBy: by === 'Page' ? 'you' : by };
    });
    return [{ name: group.variant.name, seeds }];
  });
}

export function CompareTable({ groups }: { groups: readonly VariantSeeds[] }) {
  const rows = groups.map((group) => seedsRow(group.config, group.runs));
  const verdict = seedVerdict(verdictRuns(groups, rows));
  return (
    <div className="compare-results">
      {verdict && (
        <p className="compare-verdict" data-testid="compare-verdict" aria-live="polite">
          {verdict.text}
        </p>
      )}
      <SameStartLine groups={groups} />
      {/* Focusable, so a keyboard can scroll it when it is wider than the panel. */}
      <div className="table-scroll" tabIndex={0} role="region" aria-label="Comparison table">
        <table className="compare-table" data-testid="compare-table">
          <thead>
            <tr>
              <th scope="col">Variant</th>
              <th scope="col">Start loss</th>
              <th scope="col">Monitored</th>
              <th scope="col">Best</th>
              <th scope="col">Epoch of best</th>
              <th scope="col">Final LR</th>
              <th scope="col">Epochs run</th>
              <th scope="col">Wall time</th>
              <th scope="col">Callbacks that acted</th>
              <th scope="col">Logged by your callbacks</th>
            </tr>
          </thead>
          <tbody>
            {groups.map((group, index) => {
              const { variant, runs } = group;
              const [first] = runs;
              const row = rows[index] ?? null;
              const running = runs.some((run) => run.status === 'running');
              const failed = runs.flatMap((run) => (run.error ? [run.error] : []));
              const status = running ? 'running' : failed.length > 0 ? 'failed' : (first?.status ?? 'idle');
              return (
                <tr key={index} data-status={status}>
                  <th scope="row">
                    <span className="legend-line" style={{ borderColor: variant.colour }} /> {variant.name}
                    {runs.length > 1 && <span className="muted"> × {runs.length} seeds</span>}
                  </th>
                  <td data-testid={`start-loss-${index}`}>{number(first?.initialLoss?.loss ?? null, 6)}</td>
                  <td>{row?.monitor ?? '–'}</td>
                  <td data-testid={`best-${index}`}>{spread(row?.best ?? null)}</td>
                  <td>{span(row?.bestEpochs ?? null)}</td>
                  <td>{spread(row?.finalLr ?? null, 3)}</td>
                  <td data-testid={`epochs-${index}`}>{span(row?.epochsRun ?? null)}</td>
                  <td>{row?.wallSeconds === null || row === null ? (running ? 'running…' : '–') : `${row.wallSeconds.toFixed(1)} s`}</td>
                  <td>
                    {row ? row.acted.join(', ') || 'none' : '–'}
                    {failed.length > 0 ? ` (failed: ${failed[0]})` : ''}
                  </td>
                  <td data-testid={`custom-${index}`}>{row?.custom.map(([name, value]) => `${name} = ${value}`).join(', ') || '–'}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </div>
  );
}
