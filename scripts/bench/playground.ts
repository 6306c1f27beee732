/**
 * Drives the real playground page (index.html) as a user does: the config
 * goes into the page's "Run config" JSON field, then Train is clicked (the
 * page at this commit has no other way in). Everything else is read from
 * the page probe: the worker's messages as they arrive on the main thread.
 */
import type { Page, Worker } from '@playwright/test';
import type { BackendRequest } from '../../src/training/protocol';
import { addInitFunction, findWorker } from './browser';
import type { BenchInput } from './benchConfig';
import { installPageProbe, waitForMessage, type PageProbe, type RecordedMessage } from './pageProbe';

export const TRAINING_WORKER = 'plateau-training';

export interface PlaygroundRun {
  startIndex: number;
  startedAt: number;
  done: RecordedMessage;
  /** Everything the training worker sent from the click on Train to its `done`. */
  messages: RecordedMessage[];
}

type ProbeWindow = typeof globalThis & { __plateauBench: PageProbe };

/** The run ended without a `done`, or with a failure: the figures that need it cannot be taken. */
export class PlaygroundRunFailed extends Error {}

export class Playground {
  private constructor(readonly page: Page) {}

  static async open(page: Page, baseUrl: string, backend: BackendRequest): Promise<Playground> {
    await addInitFunction(page, installPageProbe);
    await page.goto(backend === 'auto' ? `${baseUrl}/` : `${baseUrl}/?backend=${backend}`);
    await page.getByRole('button', { name: 'Train', exact: true }).waitFor();
    return new Playground(page);
  }

  /** Headless Chromium renders only the tab in front: a tab behind it gets rAF about once a second. */
  bringToFront(): Promise<void> {
    return this.page.bringToFront();
  }

  /** How the bench configures a run here, for the printed notes. */
  static readonly how = 'real UI: the config pasted into the page\'s "Run config" JSON field (which loads it into the forms), then a click on Train';

  async messageCount(): Promise<number> {
    return this.page.evaluate(() => (globalThis as ProbeWindow).__plateauBench.messages.length);
  }

  async messagesSince(index: number): Promise<RecordedMessage[]> {
    return this.page.evaluate((from) => (globalThis as ProbeWindow).__plateauBench.messages.slice(from), index);
  }

  async now(): Promise<number> {
    return this.page.evaluate(() => performance.now());
  }

  /** Types the config and clicks Train; returns the message index to wait from. */
  async start(config: BenchInput): Promise<{ startIndex: number; startedAt: number }> {
    await this.page.bringToFront();
    await this.page.getByRole('textbox', { name: 'Run config', exact: true }).fill(JSON.stringify(config));
    // A pasted config with code (the schedule) blocks Train until the code is accepted, once.
    const accept = this.page.getByRole('button', { name: 'Accept this code', exact: true });
    if ((await accept.count()) > 0) await accept.click();
    const startIndex = (await this.messageCount()) - 1;
    const startedAt = await this.now();
    await this.page.getByRole('button', { name: 'Train', exact: true }).click();
    return { startIndex, startedAt };
  }

  async waitFor(types: string[], afterIndex: number, timeoutMs: number, command: string | null = null): Promise<RecordedMessage> {
    const message = await this.page.evaluate(waitForMessage, { worker: TRAINING_WORKER, afterIndex, types, command, timeoutMs });
    if (message.type === 'error') throw new Error(`the playground's run failed to start: ${message.error}`);
    return message;
  }

  /**
   * Waits for the run's `done`, or for the page to declare it failed (its
   * watchdog replaces a worker it has not heard from, and no `done` comes).
   */
  async finish(startIndex: number, startedAt: number, timeoutMs: number): Promise<PlaygroundRun> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const done = await this.waitFor(['done', 'error'], startIndex, 2_000).catch(() => null);
      if (done) {
        if (done.summary?.failure) throw new PlaygroundRunFailed(`the playground's run failed: ${done.summary.failure}`);
        const messages = (await this.messagesSince(startIndex + 1)).filter((message) => message.instance === done.instance && message.index <= done.index);
        return { startIndex, startedAt, done, messages };
      }
      const status = await this.page.getByTestId('run-status').textContent({ timeout: 60_000 });
      if (status?.trim() === 'failed') {
        const error = await this.page.getByTestId('run-error').textContent({ timeout: 5_000 }).catch(() => null);
        throw new PlaygroundRunFailed(`the page ended the run as failed: ${error ?? '(no message)'}`);
      }
      if (Date.now() > deadline) throw new Error(`the playground's run did not end within ${timeoutMs / 1000} s`);
    }
  }

  /**
   * A run's `done` is not the page's last work for it: the charts change to
   * their finished form, one per task, after it. Waiting for that (and then
   * for an idle main thread) keeps it out of the next trial's time.
   */
  async settle(): Promise<void> {
    await this.page.bringToFront();
    await this.page.getByTestId('canvas-chart').first().waitFor({ state: 'detached', timeout: 30_000 });
    await this.page.evaluate(
      () => new Promise<void>((resolve) => requestIdleCallback(() => requestIdleCallback(() => resolve(), { timeout: 2_000 }), { timeout: 2_000 })),
    );
  }

  /** One whole run, from the click on Train until the page has settled after it. */
  async run(config: BenchInput, timeoutMs = 600_000): Promise<PlaygroundRun> {
    const { startIndex, startedAt } = await this.start(config);
    const run = await this.finish(startIndex, startedAt, timeoutMs);
    await this.settle();
    return run;
  }

  trainingWorker(): Promise<Worker> {
    return findWorker(this.page, /training\.worker/);
  }
}
