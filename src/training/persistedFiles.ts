/**
 * Keeps the run's text files (CSVLogger's) in the browser's storage as they
 * grow, as Keras's file on disk grows an epoch at a time: each file's newest
 * text, written at most every `minGapMs` (LatestPerKeyQueue), so a tab closed
 * mid-run leaves the rows up to a moment before. Failures to store are
 * reported, never thrown into training.
 */
import type { TextFileStore } from '../storage';
import { LatestPerKeyQueue } from './latestPerKeyQueue';

interface FileText {
  name: string;
  text: string;
}

const wait = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

export class PersistedFiles {
  private readonly queue: LatestPerKeyQueue<FileText>;
  private readonly pending = new Set<Promise<unknown>>();

  constructor(
    private readonly store: () => Promise<TextFileStore>,
    private readonly onFailure: (message: string) => void,
    minGapMs = 250,
  ) {
    this.queue = new LatestPerKeyQueue((files) => this.write(files), { minGapMs, now: () => performance.now(), wait });
  }

  written(name: string, text: string): void {
    const done: Promise<unknown> = this.queue
      .push(name, { name, text })
      .catch(() => undefined)
      .finally(() => this.pending.delete(done));
    this.pending.add(done);
  }

  /** The run is over: writes what waits now, and resolves when it is stored. */
  async flush(): Promise<void> {
    this.queue.hurry();
    await Promise.all([...this.pending]);
  }

  private async write(files: FileText[]): Promise<void> {
    try {
      await (await this.store()).write(files);
    } catch (error) {
      this.onFailure(`${files.map((file) => file.name).join(', ')} could not be stored in the browser: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
}
