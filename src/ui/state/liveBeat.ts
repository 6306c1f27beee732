/**
 * The beat that the views following a run (run bar, log, charts, boundary,
 * checkpoints) change on: at most four times a second, and all in the same
 * frame. Each frame that changes anything costs the page a layout, a paint
 * and a composite of its own, and on a 2-core machine that is time the
 * training worker does not get.
 */
export const LIVE_BEAT_MS = 250;

/** Milliseconds from `now` (the page's clock) to the first beat at least `delayMs` away. */
export function untilBeat(now: number, delayMs = 0): number {
  return Math.ceil((now + delayMs) / LIVE_BEAT_MS) * LIVE_BEAT_MS - now;
}
