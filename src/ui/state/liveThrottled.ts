/** `frameThrottled` on the live beat, as every view that follows a run uses it. */
import type { Store } from './createStore';
import { DRAWING_PHASE_MS, LIVE_BEAT_MS } from './liveBeat';
import { frameThrottled, type ThrottleOptions } from './useStore';

/** Readouts (text) change on the beat, drawings (charts, the boundary) half a beat later, in a frame of their own. */
export type LivePart = 'readout' | 'drawing';

export function liveThrottled<T extends object>(store: Store<T>, part: LivePart, options: Pick<ThrottleOptions<T>, 'minIntervalMs' | 'urgent' | 'immediate'> = {}): Store<T> {
  return frameThrottled(store, { ...options, beatMs: LIVE_BEAT_MS, beatPhaseMs: part === 'drawing' ? DRAWING_PHASE_MS : 0 });
}
