/**
 * Runs tasks one at a time, in the order they were added, keeping only the
 * latest waiting task per key: when saves come faster than storage writes,
 * a save that a newer one of the same name would overwrite is skipped
 * instead of written, so the queue never grows beyond one save per name.
 */

export type QueueOutcome = 'done' | 'superseded';

interface Waiting {
  task: () => Promise<void>;
  settle: (outcome: QueueOutcome) => void;
  fail: (error: unknown) => void;
}

export class LatestPerKeyQueue {
  private readonly waiting = new Map<string, Waiting>();
  private running = false;

  /** Resolves 'done' once the task ran, 'superseded' if a newer task of the key replaced it first. */
  push(key: string, task: () => Promise<void>): Promise<QueueOutcome> {
    return new Promise<QueueOutcome>((resolve, reject) => {
      const replaced = this.waiting.get(key);
      // Deleting first puts the newer task at the back, after the tasks queued before it.
      this.waiting.delete(key);
      replaced?.settle('superseded');
      this.waiting.set(key, { task, settle: resolve, fail: reject });
      void this.drain();
    });
  }

  private async drain(): Promise<void> {
    if (this.running) return;
    this.running = true;
    try {
      for (let next = this.waiting.entries().next(); !next.done; next = this.waiting.entries().next()) {
        const [key, entry] = next.value;
        this.waiting.delete(key);
        try {
          await entry.task();
          entry.settle('done');
        } catch (error) {
          entry.fail(error);
        }
      }
    } finally {
      this.running = false;
    }
  }
}
