/**
 * Writes items in batches, one batch at a time, in the order they were
 * added, keeping only the latest waiting item per key: when saves come
 * faster than storage writes, a save that a newer one of the same name would
 * overwrite is skipped instead of written, and the saves that waited behind
 * a write go together in the next one. So the queue never holds more than
 * one save per name, and a slow storage costs one write per batch, not per save.
 * A least gap between the starts of two writes makes batches of saves that
 * come fast (one per short epoch), so they share one write.
 */

export type QueueOutcome = 'done' | 'superseded';

interface Waiting<T> {
  item: T;
  settle: (outcome: QueueOutcome) => void;
  fail: (error: unknown) => void;
}

export interface WritePacing {
  /** The least time from the start of one write to the start of the next. */
  minGapMs: number;
  now: () => number;
  wait: (ms: number) => Promise<void>;
}

const UNPACED: WritePacing = { minGapMs: 0, now: () => 0, wait: () => Promise.resolve() };

export class LatestPerKeyQueue<T> {
  private readonly waiting = new Map<string, Waiting<T>>();
  private running = false;
  private lastWriteStarted = Number.NEGATIVE_INFINITY;
  private hurried = false;
  private endWait: (() => void) | null = null;

  /** `write` gets every item that waits, each key once, oldest first. */
  constructor(
    private readonly write: (items: T[]) => Promise<void>,
    private readonly pacing: WritePacing = UNPACED,
  ) {}

  /** Resolves 'done' once the batch holding the item was written, 'superseded' if a newer item of its key replaced it first. */
  push(key: string, item: T): Promise<QueueOutcome> {
    return new Promise<QueueOutcome>((resolve, reject) => {
      const replaced = this.waiting.get(key);
      // Deleting first puts the newer item at the back, after the items queued before it.
      this.waiting.delete(key);
      replaced?.settle('superseded');
      this.waiting.set(key, { item, settle: resolve, fail: reject });
      void this.drain();
    });
  }

  /** From now on, writes start as soon as the one before has ended: no more items will come to batch with. */
  hurry(): void {
    this.hurried = true;
    this.endWait?.();
  }

  private async drain(): Promise<void> {
    if (this.running) return;
    this.running = true;
    try {
      while (this.waiting.size > 0) {
        const early = this.lastWriteStarted + this.pacing.minGapMs - this.pacing.now();
        if (early > 0 && !this.hurried) await this.gap(early);
        this.lastWriteStarted = this.pacing.now();
        const batch = [...this.waiting.values()];
        this.waiting.clear();
        try {
          await this.write(batch.map((entry) => entry.item));
          for (const entry of batch) entry.settle('done');
        } catch (error) {
          for (const entry of batch) entry.fail(error);
        }
      }
    } finally {
      this.running = false;
    }
  }

  private async gap(ms: number): Promise<void> {
    await new Promise<void>((resolve) => {
      this.endWait = resolve;
      void this.pacing.wait(ms).then(resolve);
    });
    this.endWait = null;
  }
}
