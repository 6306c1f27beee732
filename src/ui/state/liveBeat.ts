/**
 * The beat that the views following a run (run bar, log, charts, boundary,
 * checkpoints) change on: at most four times a second, and all in the same
 * frame. Each frame that changes anything costs the page a layout, a paint
 * and a composite of its own, and on a 2-core machine that is time the
 * training worker does not get.
 */
export const LIVE_BEAT_MS = 250;

/** The first beat at or after `time` (the page's clock). */
export function beatAfter(time: number): number {
  return Math.ceil(time / LIVE_BEAT_MS) * LIVE_BEAT_MS;
}
