/**
 * Writes a run's record while it trains, batched as checkpoints are: the
 * caller hands over how to build the newest record as often as it likes
 * (once per progress message with new epochs); the writer keeps only the
 * latest, builds it only when it writes (a run's record is not rebuilt per
 * message), and writes it at most once per `intervalMs` (longer after a slow write:
 * WRITE_COST_FACTOR), one write at a time, and at once when the run ends. So a run of any speed costs a write every couple
 * of seconds, never one per epoch, and nothing in the training loop waits
 * for it: the page writes, not the worker.
 */
import type { PutOutcome } from './runStore';
import type { RunRecord } from './runRecord';

export const RUN_WRITE_INTERVAL_MS = 2_000;
/** A write that took `d` ms waits at least `WRITE_COST_FACTOR × d` before the next: a very long run's record costs the page at most ~2 % of its time. */
export const WRITE_COST_FACTOR = 50;

export interface RunWriterOptions {
  put: (record: RunRecord) => Promise<PutOutcome>;
  onWritten?: (outcome: PutOutcome, record: RunRecord) => void;
  onFailed?: (error: unknown, record: RunRecord | null) => void;
  intervalMs?: number;
  /** Injected for tests: schedules `run` after `ms` and returns how to cancel it. */
  schedule?: (run: () => void, ms: number) => () => void;
  now?: () => number;
}

export interface RunWriter {
  /** The run's newest record (built when written): written within `intervalMs`. */
  update(build: () => RunRecord): void;
  /** The run's last record: written as soon as the write in flight is done; resolves once it is. */
  finish(build: () => RunRecord): Promise<void>;
}

const defaultSchedule = (run: () => void, ms: number) => {
  const timer = setTimeout(run, ms);
  return () => clearTimeout(timer);
};

export function createRunWriter(options: RunWriterOptions): RunWriter {
  const intervalMs = options.intervalMs ?? RUN_WRITE_INTERVAL_MS;
  const schedule = options.schedule ?? defaultSchedule;
  const now = options.now ?? Date.now;
  let pending: (() => RunRecord) | null = null;
  let cancelTimer: (() => void) | null = null;
  let inFlight: Promise<void> | null = null;
  let lastWriteAt = -Infinity;
  let lastWriteMs = 0;

  const writeOne = (build: () => RunRecord): Promise<void> => {
    lastWriteAt = now();
    let record: RunRecord;
    try {
      record = build();
    } catch (error) {
      options.onFailed?.(error, null);
      return Promise.resolve();
    }
    return options.put(record).then(
      (outcome) => {
        lastWriteMs = now() - lastWriteAt;
        options.onWritten?.(outcome, record);
      },
      (error: unknown) => options.onFailed?.(error, record),
    );
  };

  const flush = (): Promise<void> => {
    cancelTimer?.();
    cancelTimer = null;
    const record = pending;
    if (!record) return inFlight ?? Promise.resolve();
    pending = null;
    const previous = inFlight ?? Promise.resolve();
    const chained = previous.then(() => writeOne(record));
    inFlight = chained;
    void chained.then(() => {
      if (inFlight === chained) inFlight = null;
    });
    return chained;
  };

  return {
    update(build) {
      pending = build;
      if (cancelTimer) return;
      const wait = Math.max(0, lastWriteAt + Math.max(intervalMs, WRITE_COST_FACTOR * lastWriteMs) - now());
      cancelTimer = schedule(() => {
        cancelTimer = null;
        void flush();
      }, wait);
    },
    finish(build) {
      pending = build;
      return flush();
    },
  };
}
