/**
 * Gets the training worker ready for the setup on the page while the
 * learner reads it (issue 24, `firstEpochMs` ≤ 300): after the first paint,
 * when the page is idle, the worker starts, loads tfjs and its backend, warms
 * up, and builds the current setup's model, so that pressing Train goes
 * straight to the first batch. A changed setup is built again once edits
 * pause; nothing is sent while a run trains. `?prewarm=off` turns it off
 * (tests compare a run with and without it).
 */
import { useEffect } from 'react';
import type { RunConfig } from '../../config/runConfig';
import type { ConfigStore } from '../state/configStore';
import { useStore } from '../state/useStore';
import { isActive, type RunSessionStore } from './runSession';

/** How long edits must pause before the changed setup is built: typing a number builds once, not per key. */
export const SETTLE_MS = 300;
/** The longest an idle callback may wait on a busy page. */
const IDLE_TIMEOUT_MS = 1_000;

export function prewarmFromUrl(search: string): boolean {
  return new URLSearchParams(search).get('prewarm') !== 'off';
}

/** Runs `task` after `delayMs`, at the next moment the page is idle; the returned function cancels it. */
export function whenIdle(task: () => void, delayMs: number): () => void {
  let idle: number | null = null;
  const timer = setTimeout(() => {
    if (typeof requestIdleCallback === 'function') idle = requestIdleCallback(task, { timeout: IDLE_TIMEOUT_MS });
    else task();
  }, delayMs);
  return () => {
    clearTimeout(timer);
    if (idle !== null) cancelIdleCallback(idle);
  };
}

export function usePrepareWhileIdle(config: ConfigStore, session: RunSessionStore, prepare: (config: RunConfig) => void, enabled: boolean): void {
  const validation = useStore(config, (state) => state.validation);
  const active = useStore(session, (state) => isActive(state.status));
  useEffect(() => {
    if (!enabled || active || !validation.ok) return;
    const setup = validation.config;
    return whenIdle(() => prepare(setup), SETTLE_MS);
  }, [enabled, active, validation, prepare]);
}
