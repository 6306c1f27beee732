/**
 * Time and yielding for the training loop, injected so tests can drive them
 * (as tfjs passes `nowFunc` and `nextFrameFunc` to its callbacks). A
 * macrotask through `MessageChannel` lets the worker handle Stop and Pause
 * without the 4 ms clamping of nested `setTimeout(0)` and without
 * `requestAnimationFrame`, which hidden tabs pause.
 */

export interface TrainingClock {
  now(): number;
  yieldToEventLoop(): Promise<void>;
}

export function macrotaskClock(): TrainingClock {
  return {
    now: () => performance.now(),
    yieldToEventLoop: () =>
      new Promise<void>((resolve) => {
        const channel = new MessageChannel();
        channel.port1.onmessage = () => {
          channel.port1.close();
          resolve();
        };
        channel.port2.postMessage(null);
      }),
  };
}
