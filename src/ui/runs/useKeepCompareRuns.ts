/** When a comparison ends, each run that trained an epoch (each seed of a variant) is kept in the Runs list, in one write each. */
import { useEffect, useRef } from 'react';
import type { CompareConfig } from '../../config/compareConfig';
import type { SeedRun } from '../../config/seedRuns';
import { newRunId } from '../../storage';
import type { VariantRun } from '../compare/variantRun';
import { recordOfRun } from './recordOfRun';
import type { RunsController } from './runsController';

export function useKeepCompareRuns(runs: RunsController | undefined, setup: CompareConfig | null, plan: readonly SeedRun[], variants: readonly VariantRun[], running: boolean): void {
  const wasRunning = useRef(false);
  useEffect(() => {
    const ended = wasRunning.current && !running;
    wasRunning.current = running;
    if (!ended || !runs || !setup) return;
    const now = Date.now();
    void (async () => {
      for (const [index, variant] of variants.entries()) {
        const planned = plan[index];
        const entry = setup.variants[planned?.variant ?? -1];
        if (!planned || !entry || variant.history.length === 0) continue;
        const name = entry.seeds !== undefined && entry.seeds > 1 ? `${entry.name} (seed ${planned.config.fit.seed})` : entry.name;
        const facts = {
          id: newRunId(now + index),
          createdAt: now + index,
          origin: { kind: 'compare' as const, variant: name },
          config: planned.config,
          history: variant.history,
          events: variant.events,
          summary: variant.summary,
          error: variant.summary ? null : variant.error,
          active: false,
        };
        await runs.keep(recordOfRun(facts, now));
      }
    })();
  }, [runs, setup, plan, variants, running]);
}
