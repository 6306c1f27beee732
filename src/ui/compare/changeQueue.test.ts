import { describe, expect, it } from 'vitest';
import { ChangeQueue, redrawIntervalFor, type FlushTimer } from './changeQueue';

function manualTimer() {
  const scheduled = new Map<number, { callback: () => void; delayMs: number }>();
  let next = 1;
  const timer: FlushTimer = {
    set: (callback, delayMs) => {
      scheduled.set(next, { callback, delayMs });
      return next++;
    },
    clear: (handle) => void scheduled.delete(handle as number),
  };
  const fire = () => {
    const due = [...scheduled.values()];
    scheduled.clear();
    for (const { callback } of due) callback();
  };
  return { timer, scheduled, fire };
}

describe('ChangeQueue', () => {
  it('applies the changes queued between flushes as one change, in order', () => {
    const { timer, scheduled, fire } = manualTimer();
    let state: number[] = [];
    let applied = 0;
    const queue = new ChangeQueue<number[]>((change) => {
      applied += 1;
      state = change(state);
    }, () => 500, timer);
    queue.push((current) => [...current, 1]);
    queue.push((current) => [...current, 2]);
    queue.push((current) => [...current, 3]);
    expect(state).toEqual([]);
    expect([...scheduled.values()].map((entry) => entry.delayMs)).toEqual([500]);
    fire();
    expect(state).toEqual([1, 2, 3]);
    expect(applied).toBe(1);
  });

  it('flushes at once for an urgent change, carrying what waited before it', () => {
    const { timer, scheduled, fire } = manualTimer();
    let state = '';
    const queue = new ChangeQueue<string>((change) => (state = change(state)), () => 500, timer);
    queue.push((current) => `${current}a`);
    queue.push((current) => `${current}b`, true);
    queue.push((current) => `${current}c`);
    expect([...scheduled.values()].map((entry) => entry.delayMs)).toEqual([0]);
    fire();
    expect(state).toBe('abc');
  });

  it('drops queued changes when cancelled', () => {
    const { timer, scheduled } = manualTimer();
    let state = 0;
    const queue = new ChangeQueue<number>((change) => (state = change(state)), () => 500, timer);
    queue.push((current) => current + 1);
    queue.cancel();
    queue.flush();
    expect(state).toBe(0);
    expect(scheduled.size).toBe(0);
  });
});

describe('redrawIntervalFor', () => {
  it('keeps redraws to about 5 % of the main thread, between one and five seconds apart', () => {
    expect(redrawIntervalFor(10)).toBe(1_000);
    expect(redrawIntervalFor(100)).toBe(2_000);
    expect(redrawIntervalFor(400)).toBe(5_000);
  });
});
