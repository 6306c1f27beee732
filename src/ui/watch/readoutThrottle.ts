/**
 * How often the run bar and the run log follow a run: the epoch counter,
 * speed and log lines a few times a second (each update re-lays out and
 * repaints text, and a fast run posts a message every frame), but a change
 * of status, ending or error at the next frame, so Pause, Stop and the end
 * of a run show at once.
 */
import type { Store } from '../state/createStore';
import { liveThrottled } from '../state/liveThrottled';
import type { RunSessionState } from './runSession';

export const READOUT_INTERVAL_MS = 250;

export function isStatusChange(delivered: RunSessionState, current: RunSessionState): boolean {
  return (
    delivered.status !== current.status ||
    delivered.summary !== current.summary ||
    delivered.error !== current.error ||
    delivered.resumedFrom !== current.resumedFrom ||
    delivered.backend !== current.backend
  );
}

export function readoutThrottled(session: Store<RunSessionState>): Store<RunSessionState> {
  return liveThrottled(session, 'readout', { minIntervalMs: READOUT_INTERVAL_MS, urgent: isStatusChange });
}
