/** The comparison table: one row per variant, filled as the runs finish epochs. */
import type { CompareConfig } from '../../config/compareConfig';
import { withSharedSettings } from '../../config/compareConfig';
import { tableRow } from './compareTable';
import type { VariantRun } from './variantRun';

const number = (value: number | null, digits = 4) => (value === null ? '–' : value.toPrecision(digits));

export function CompareTable({ setup, runs }: { setup: CompareConfig; runs: readonly VariantRun[] }) {
  return (
    <table className="compare-table" data-testid="compare-table">
      <thead>
        <tr>
          <th scope="col">Variant</th>
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
          const row = run ? tableRow(withSharedSettings(variant.config, setup.base), run) : null;
          return (
            <tr key={index} data-status={run?.status ?? 'idle'}>
              <th scope="row">
                <span className="legend-line" style={{ borderColor: variant.colour }} /> {variant.name}
              </th>
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
  );
}
