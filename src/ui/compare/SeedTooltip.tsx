/**
 * The compare charts' tooltip: each run's value at the hovered epoch and,
 * for a seed group, each seed's value under its mean.
 */
import type { ChartCurve } from './chartCurve';

interface SeedTooltipProps {
  curves: readonly ChartCurve[];
  /** Filled in by recharts. */
  active?: boolean;
  label?: unknown;
}

const value = (y: number | null | undefined) => (y === null || y === undefined || !Number.isFinite(y) ? '–' : y.toPrecision(4));

export function SeedTooltip({ curves, active, label }: SeedTooltipProps) {
  if (!active || typeof label !== 'number') return null;
  return (
    <div className="chart-tooltip seed-tooltip" data-testid="seed-tooltip">
      <p className="chart-tooltip-epoch">epoch {Number(label.toFixed(2))}</p>
      <ul>
        {curves.map((curve) => {
          // The value holding at the hovered x: per-step curves (a schedule's preview) have points between epochs.
          const point = curve.points.filter(({ x }) => x <= label).at(-1);
          if (!point) return null;
          const seeds = curve.band?.find(({ x }) => x === label)?.seeds;
          return (
            <li key={curve.id}>
              <span className="swatch" style={{ background: curve.colour }} />
              {curve.label}: {value(point.y)}
              {seeds && curve.seedNames && (
                <span className="seed-values">
                  {' '}
                  ({seeds.map((seed, at) => `seed ${curve.seedNames?.[at] ?? at}: ${value(seed)}`).join(', ')})
                </span>
              )}
            </li>
          );
        })}
      </ul>
    </div>
  );
}
