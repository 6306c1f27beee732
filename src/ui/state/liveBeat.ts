/**
 * The beat that the views following a run change on: at most four times a
 * second, and in two frames per beat, not one per view and change. Each frame
 * that changes anything costs the page a layout, a paint and a composite of
 * its own, and on a 2-core machine that is time the training worker does not
 * get. The readouts (run bar, log, checkpoints) change on the beat, the
 * drawings (charts, decision boundary) half a beat later: all of them in one
 * frame made it longer than 50 ms.
 */
export const LIVE_BEAT_MS = 250;
export const DRAWING_PHASE_MS = LIVE_BEAT_MS / 2;
/**
 * Views that change at most once a second (the compare panel, the checkpoint
 * list) change on whole seconds of the page's clock: in one frame with each
 * other, and with the live beat's readouts when a run is going as well.
 */
export const SECOND_BEAT_MS = 1_000;

/** The first time at or after `time` (the page's clock) that is `phaseMs` past a multiple of `beatMs`. */
export function beatAtOrAfter(time: number, beatMs = LIVE_BEAT_MS, phaseMs = 0): number {
  return Math.ceil((time - phaseMs) / beatMs) * beatMs + phaseMs;
}
