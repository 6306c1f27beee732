import { describe, expect, it } from 'vitest';
import { LatestPerKeyQueue } from './latestPerKeyQueue';

function gate(): { opened: Promise<void>; open: () => void } {
  let open = (): void => {};
  const opened = new Promise<void>((resolve) => (open = resolve));
  return { opened, open };
}

describe('LatestPerKeyQueue', () => {
  it('writes one batch at a time in order, skips a waiting item a newer one of its key replaces, and writes what waited together', async () => {
    const first = gate();
    const batches: string[][] = [];
    let running = 0;
    const queue = new LatestPerKeyQueue<string>(async (items) => {
      running += 1;
      expect(running).toBe(1);
      if (batches.length === 0) await first.opened;
      batches.push(items);
      running -= 1;
    });
    const outcomes = Promise.all([
      queue.push('best', 'best@1'),
      queue.push('best', 'best@2'),
      queue.push('epoch-3', 'epoch-3'),
      queue.push('best', 'best@4'),
      queue.push('epoch-5', 'epoch-5'),
    ]);
    first.open();
    expect(await outcomes).toEqual(['done', 'superseded', 'done', 'done', 'done']);
    expect(batches).toEqual([['best@1'], ['epoch-3', 'best@4', 'epoch-5']]);
  });

  it('rejects the items of a failed batch only, and goes on', async () => {
    const first = gate();
    const queue = new LatestPerKeyQueue<string>(async (items) => {
      if (items.includes('a')) {
        await first.opened;
        throw new Error('full');
      }
    });
    const failing = queue.push('a', 'a');
    const next = queue.push('b', 'b');
    first.open();
    await expect(failing).rejects.toThrow('full');
    expect(await next).toBe('done');
  });

  it('starts writes at least minGapMs apart, so items that come meanwhile go in one batch', async () => {
    let clock = 0;
    const waits: number[] = [];
    const waited = gate();
    const batches: { at: number; items: string[] }[] = [];
    const queue = new LatestPerKeyQueue<string>(
      (items) => {
        batches.push({ at: clock, items });
        return Promise.resolve();
      },
      {
        minGapMs: 100,
        now: () => clock,
        wait: async (ms) => {
          waits.push(ms);
          await waited.opened;
          clock += ms;
        },
      },
    );
    const first = queue.push('e-1', 'e-1');
    await first;
    clock = 30;
    const later = [queue.push('e-2', 'e-2'), queue.push('e-3', 'e-3'), queue.push('e-4', 'e-4')];
    waited.open();
    expect(await Promise.all(later)).toEqual(['done', 'done', 'done']);
    expect(waits).toEqual([70]);
    expect(batches).toEqual([
      { at: 0, items: ['e-1'] },
      { at: 100, items: ['e-2', 'e-3', 'e-4'] },
    ]);
  });

  it('stops waiting out the gap once hurried: what waits is written at once, and so is what comes after', async () => {
    const never = gate();
    const batches: string[][] = [];
    const queue = new LatestPerKeyQueue<string>(
      (items) => {
        batches.push(items);
        return Promise.resolve();
      },
      { minGapMs: 100, now: () => 0, wait: () => never.opened },
    );
    await queue.push('e-1', 'e-1');
    const waiting = queue.push('e-2', 'e-2');
    await Promise.resolve();
    expect(batches).toEqual([['e-1']]);
    queue.hurry();
    expect(await waiting).toBe('done');
    expect(await queue.push('e-3', 'e-3')).toBe('done');
    expect(batches).toEqual([['e-1'], ['e-2'], ['e-3']]);
  });
});
