/**
 * One-click comparisons: a learning-rate sweep of 2–16 rates, every kind of
 * schedule, and as many seeds per variant as fit in 16 runs.
 */
import { useState } from 'react';
import { MAX_VARIANTS, MIN_VARIANTS, type CompareConfig } from '../../config/compareConfig';
import type { RunConfig } from '../../config/runConfig';
import { DEFAULT_SWEEP_SIZE, everySchedule, learningRateSweep, seedsThatFit, withSeeds } from './quickBuilders';

interface QuickComparisonsProps {
  current: RunConfig | null;
  setup: CompareConfig | null;
  disabled: boolean;
  /** Replaces the variants; `keepConsent` when the code in them is already accepted. */
  onBuild: (next: CompareConfig, keepConsent: boolean) => void;
}

function sweepSizeProblem(text: string): string | null {
  const size = Number(text);
  if (text.trim() === '' || !Number.isInteger(size)) return 'must be a whole number';
  if (size < MIN_VARIANTS || size > MAX_VARIANTS) return `must be from ${MIN_VARIANTS} to ${MAX_VARIANTS}`;
  return null;
}

export function QuickComparisons({ current, setup, disabled, onBuild }: QuickComparisonsProps) {
  const [sweepSize, setSweepSize] = useState(String(DEFAULT_SWEEP_SIZE));
  const sizeProblem = sweepSizeProblem(sweepSize);
  const seeds = setup ? seedsThatFit(setup.variants.length) : 0;
  return (
    <div className="quick-comparisons" role="group" aria-label="Quick comparisons">
      <div className="setting">
        <label htmlFor="sweep-size">Rates in the sweep</label>
        <input
          id="sweep-size"
          type="number"
          min={MIN_VARIANTS}
          max={MAX_VARIANTS}
          step={1}
          value={sweepSize}
          aria-invalid={sizeProblem !== null}
          aria-describedby="sweep-size-hint"
          onChange={(event) => setSweepSize(event.target.value)}
        />
        <p id="sweep-size-hint" className={sizeProblem ? 'field-error' : 'setting-hint'}>
          {sizeProblem ?? 'Constant rates from 1e-4 to 1e-1, evenly spaced on a log axis'}
        </p>
      </div>
      <div className="button-row">
        <button type="button" disabled={!current || disabled || sizeProblem !== null} onClick={() => current && onBuild(learningRateSweep(current, Number(sweepSize)), true)}>
          Sweep the learning rate
        </button>
        <button type="button" disabled={!current || disabled} onClick={() => current && onBuild(everySchedule(current), true)}>
          Every schedule
        </button>
        <button
          type="button"
          disabled={!setup || seeds < 2 || disabled}
          title={setup && seeds < 2 ? `Seeds fit with ${MAX_VARIANTS / 2} variants or fewer (${MAX_VARIANTS} runs in all)` : undefined}
          onClick={() => setup && onBuild(withSeeds(setup, seeds), false)}
        >
          × {Math.max(2, seeds)} seeds each
        </button>
      </div>
    </div>
  );
}
