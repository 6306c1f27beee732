/**
 * When the page is idle, lets `auto` time the backends on the setup's
 * model (DESIGN.md §9), so pressing Train finds the choice made: the
 * worker times a few batches per backend once per model shape and device,
 * and caches the result. Asked again a moment after the setup changes;
 * the worker skips a model shape it has already timed.
 */
import { useEffect } from 'react';
import type { RunConfig } from '../../config/runConfig';
import type { ConfigStore } from '../state/configStore';
import { useStore } from '../state/useStore';

const SETTLE_MS = 1500;

export function useIdleMeasure(config: ConfigStore, measure: (config: RunConfig) => void): void {
  const validation = useStore(config, (state) => state.validation);
  useEffect(() => {
    if (!validation.ok) return;
    const setup = validation.config;
    let idle: number | null = null;
    const timer = setTimeout(() => {
      idle = requestIdleCallback(() => measure(setup), { timeout: 5000 });
    }, SETTLE_MS);
    return () => {
      clearTimeout(timer);
      if (idle !== null) cancelIdleCallback(idle);
    };
  }, [validation, measure]);
}
