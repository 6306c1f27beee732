/**
 * Runs callbacks in the first animation frame at or after a time on the
 * page's clock. Callbacks for the same time share one timer and one frame:
 * each timer of their own could fire a little later than the one before on
 * a busy main thread, and the browser may render a frame between two
 * timers, so the changes meant for one frame would paint in several.
 */
const waiting = new Map<number, Set<() => void>>();

function runAll(time: number): void {
  const callbacks = waiting.get(time);
  waiting.delete(time);
  requestAnimationFrame(() => {
    for (const callback of callbacks ?? []) callback();
  });
}

/** Schedules `callback`; the function returned cancels it, if it has not run yet. */
export function inFrameAt(time: number, callback: () => void): () => void {
  let callbacks = waiting.get(time);
  if (!callbacks) {
    callbacks = new Set();
    waiting.set(time, callbacks);
    setTimeout(() => runAll(time), Math.max(0, time - performance.now()));
  }
  let done = false;
  const once = () => {
    if (done) return;
    done = true;
    callback();
  };
  callbacks.add(once);
  return () => {
    done = true;
    callbacks.delete(once);
  };
}
