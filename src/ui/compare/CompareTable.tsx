/**
 * The comparison table: one row per variant, filled as the runs finish
 * epochs, under a line that proves the runs started equal and a line that
 * says which won and when.
 */
import type { CompareConfig } from '../../config/compareConfig';
import { withSharedSettings } from '../../config/compareConfig';
import { tableRow } from './compareTable';
import { initialLossText, sameStart } from './sameStart';
import { compareVerdict } from './verdict';
import type { VariantRun } from './variantRun';

const number = (value: number | null, digits = 4) => (value === null ? '–' : value === 0 ? '0' : value.toPrecision(digits));

function SameStartLine({ runs }: { runs: readonly VariantRun[] }) {
  const start = sameStart(runs.map((run) => run.initialLoss));
  if (start.kind === 'waiting') {
    return runs.some((run) => run.status === 'running') ? <p className="same-start" data-testid="same-start">Evaluating each variant before its first step…</p> : null;
  }
  if (start.kind === 'same') {
    return (
      <p className="same-start same" data-testid="same-start" data-same="true">
        <span aria-hidden="true">✓ </span>Same start: every variant began at {initialLossText(start.initialLoss)}, evaluated before its first step.
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

export function CompareTable({ setup, runs }: { setup: CompareConfig; runs: readonly VariantRun[] }) {
  const rows = setup.variants.map((variant, index) => {
    const run = runs[index];
    return run ? tableRow(withSharedSettings(variant.config, setup.base), run) : null;
  });
  const verdict = compareVerdict(
    setup.variants.flatMap((variant, index) => {
      const run = runs[index];
      const row = rows[index];
      if (!run || !row) return [];
      const by = run.summary?.stopped?.by ?? null;
      return [{ name: variant.name, monitor: row.monitor, history: run.history, finished: run.status !== 'running', stoppedBy: by === 'Page' ? 'you' : by }];
    }),
  );
  return (
    <div className="compare-results">
      {verdict && (
        <p className="compare-verdict" data-testid="compare-verdict" aria-live="polite">
          {verdict.text}
        </p>
      )}
      <SameStartLine runs={runs} />
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
            {setup.variants.map((variant, index) => {
              const run = runs[index];
              const row = rows[index] ?? null;
              return (
                <tr key={index} data-status={run?.status ?? 'idle'}>
                  <th scope="row">
                    <span className="legend-line" style={{ borderColor: variant.colour }} /> {variant.name}
                  </th>
                  <td data-testid={`start-loss-${index}`}>{number(run?.initialLoss?.loss ?? null, 6)}</td>
                  <td>{row?.monitor ?? '–'}</td>
                  <td data-testid={`best-${index}`}>{number(row?.best ?? null)}</td>
                  <td>{row?.bestEpoch ?? '–'}</td>
                  <td>{number(row?.finalLr ?? null, 3)}</td>
                  <td data-testid={`epochs-${index}`}>{row?.epochsRun ?? '–'}</td>
                  <td>{row?.wallSeconds === null || row === null ? (run?.status === 'running' ? 'running…' : '–') : `${row.wallSeconds.toFixed(1)} s`}</td>
                  <td>{row ? row.acted.join(', ') || 'none' : '–'}{run?.error ? ` (failed: ${run.error})` : ''}</td>
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
