/**
 * How long a view that follows a run waits before its next redraw, from what
 * the last redraw cost: it may take about `share` of the main thread, but it
 * redraws at least every `maxMs` and at most every `minMs`. A slow machine
 * (or a slow chart) then redraws less often instead of stuttering.
 */
export interface RedrawBudget {
  share: number;
  minMs: number;
  maxMs: number;
}

export function redrawInterval(lastRedrawMs: number, { share, minMs, maxMs }: RedrawBudget): number {
  return Math.min(maxMs, Math.max(minMs, lastRedrawMs / share));
}
