/** When a comparison ends, each variant that trained an epoch is kept in the Runs list, in one write each. */
import { useEffect, useRef } from 'react';
import { withSharedSettings, type CompareConfig } from '../../config/compareConfig';
import { newRunId } from '../../storage';
import type { VariantRun } from '../compare/variantRun';
import { recordOfRun } from './recordOfRun';
import type { RunsController } from './runsController';

export function useKeepCompareRuns(runs: RunsController | undefined, setup: CompareConfig | null, variants: readonly VariantRun[], running: boolean): void {
  const wasRunning = useRef(false);
  useEffect(() => {
    const ended = wasRunning.current && !running;
    wasRunning.current = running;
    if (!ended || !runs || !setup) return;
    const now = Date.now();
    void (async () => {
      for (const [index, variant] of variants.entries()) {
        const entry = setup.variants[index];
        if (!entry || variant.history.length === 0) continue;
        const facts = {
          id: newRunId(now + index),
          createdAt: now + index,
          origin: { kind: 'compare' as const, variant: entry.name },
          config: withSharedSettings(entry.config, setup.base),
          history: variant.history,
          events: variant.events,
          summary: variant.summary,
          error: variant.summary ? null : variant.error,
          active: false,
        };
        await runs.keep(recordOfRun(facts, now));
      }
    })();
  }, [runs, setup, variants, running]);
}
