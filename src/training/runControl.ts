/**
 * What the page can ask of a running training: pause, resume, stop, and a
 * new learning rate. The trainer looks at it between batches.
 */

export class RunControl {
  private stopped = false;
  private stopper = 'Page';
  private paused = false;
  private resumeWaiters: (() => void)[] = [];
  private requestedRate: number | null = null;

  get stopRequested(): boolean {
    return this.stopped;
  }

  get isPaused(): boolean {
    return this.paused;
  }

  /** Who asked to stop, as the run's `stopped.by` reports it. */
  get stoppedBy(): string {
    return this.stopper;
  }

  /** `by` names who stops the run when it is not the user (the checkpoint storage running full). */
  stop(by = 'Page'): void {
    if (!this.stopped) this.stopper = by;
    this.stopped = true;
    this.wake();
  }

  pause(): void {
    if (!this.stopped) this.paused = true;
  }

  resume(): void {
    this.paused = false;
    this.wake();
  }

  requestLearningRate(rate: number): void {
    this.requestedRate = rate;
  }

  /** The learning rate the page asked for since the last call, if any. */
  takeRequestedLearningRate(): number | null {
    const rate = this.requestedRate;
    this.requestedRate = null;
    return rate;
  }

  /** Resolves at once unless paused; then when resumed or stopped. */
  whilePaused(): Promise<void> {
    if (!this.paused || this.stopped) return Promise.resolve();
    return new Promise((resolve) => this.resumeWaiters.push(resolve));
  }

  private wake(): void {
    const waiters = this.resumeWaiters;
    this.resumeWaiters = [];
    for (const resolve of waiters) resolve();
  }
}
