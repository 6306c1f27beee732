import { describe, expect, it } from 'vitest';
import type { RunRecord } from './runRecord';
import type { PutOutcome } from './runStore';
import { createRunWriter } from './runWriter';
import { sampleRun } from './runTestKit';

const NOTHING: PutOutcome = { evicted: [], overBy: 0, quotaFull: false };

function harness() {
  let clock = 0;
  const timers: { at: number; run: () => void; cancelled: boolean }[] = [];
  const written: number[] = [];
  const writer = createRunWriter({
    put: (record: RunRecord) => {
      written.push(record.head.epochs);
      return Promise.resolve(NOTHING);
    },
    intervalMs: 2_000,
    now: () => clock,
    schedule: (run, ms) => {
      const timer = { at: clock + ms, run, cancelled: false };
      timers.push(timer);
      return () => (timer.cancelled = true);
    },
  });
  const advance = async (ms: number) => {
    clock += ms;
    for (const timer of timers.filter((candidate) => !candidate.cancelled && candidate.at <= clock)) {
      timer.cancelled = true;
      timer.run();
    }
    await new Promise((resolve) => setTimeout(resolve, 0));
  };
  return { writer, written, advance };
}

describe('the run writer', () => {
  it('writes the first epoch at once, then the newest record at most once per interval', async () => {
    const { writer, written, advance } = harness();
    writer.update(() => sampleRun('r', 0, 1));
    await advance(0);
    expect(written).toEqual([1]);
    for (let epoch = 2; epoch <= 30; epoch++) {
      writer.update(() => sampleRun('r', 0, epoch));
      await advance(100);
    }
    // 30 epochs over 2.9 s: the first at once, then one a 2 s interval, each with the newest epochs.
    expect(written).toEqual([1, 21]);
    await advance(2_000);
    expect(written).toEqual([1, 21, 30]);
  });

  it('writes the last record at once when the run ends, and nothing after it', async () => {
    const { writer, written, advance } = harness();
    writer.update(() => sampleRun('r', 0, 1));
    await advance(0);
    writer.update(() => sampleRun('r', 0, 2));
    await writer.finish(() => sampleRun('r', 0, 3));
    expect(written).toEqual([1, 3]);
    await advance(5_000);
    expect(written).toEqual([1, 3]);
  });
});

describe('the run writer, when writes are slow', () => {
  it('waits fifty times as long as the last write took, when that is longer than the interval', async () => {
    let clock = 0;
    const written: number[] = [];
    const timers: { at: number; run: () => void }[] = [];
    const writer = createRunWriter({
      put: (record: RunRecord) => {
        written.push(record.head.epochs);
        clock += 100; // a 100 ms write
        return Promise.resolve(NOTHING);
      },
      intervalMs: 2_000,
      now: () => clock,
      schedule: (run, ms) => {
        timers.push({ at: clock + ms, run });
        return () => undefined;
      },
    });
    writer.update(() => sampleRun('r', 0, 1));
    timers.shift()?.run();
    await new Promise((resolve) => setTimeout(resolve, 0));
    writer.update(() => sampleRun('r', 0, 2));
    // Written at 0, for 100 ms: the next waits until 0 + 50 × 100.
    expect(timers[0]?.at).toBe(5_000);
  });
});
