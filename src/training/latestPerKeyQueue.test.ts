import { describe, expect, it } from 'vitest';
import { LatestPerKeyQueue } from './latestPerKeyQueue';

function gate(): { opened: Promise<void>; open: () => void } {
  let open = (): void => {};
  const opened = new Promise<void>((resolve) => (open = resolve));
  return { opened, open };
}

describe('LatestPerKeyQueue', () => {
  it('runs tasks one at a time in order, and skips a waiting task a newer one of its key replaces', async () => {
    const queue = new LatestPerKeyQueue();
    const ran: string[] = [];
    let running = 0;
    const first = gate();
    const task = (label: string, wait?: Promise<void>) => async () => {
      running += 1;
      expect(running).toBe(1);
      await wait;
      ran.push(label);
      running -= 1;
    };
    const outcomes = Promise.all([
      queue.push('best', task('best@1', first.opened)),
      queue.push('best', task('best@2')),
      queue.push('epoch-3', task('epoch-3')),
      queue.push('best', task('best@4')),
    ]);
    first.open();
    expect(await outcomes).toEqual(['done', 'superseded', 'done', 'done']);
    expect(ran).toEqual(['best@1', 'epoch-3', 'best@4']);
  });

  it('rejects the failed task only and goes on', async () => {
    const queue = new LatestPerKeyQueue();
    const failing = queue.push('a', () => Promise.reject(new Error('full')));
    const next = queue.push('b', () => Promise.resolve());
    await expect(failing).rejects.toThrow('full');
    expect(await next).toBe('done');
  });
});
