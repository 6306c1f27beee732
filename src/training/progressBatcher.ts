/**
 * Collects what the trainer and the checkpoint sink report and sends it to
 * the page in batches, at most one message per `intervalMs` (25 a second;
 * with the watchdog's pong, under the page's budget of 30 worker messages a
 * second), so that a fast model never floods the main thread. The timer is
 * injected for tests.
 */
import type { CallbackEvent, CallbackHostListener, CallbackMessage, CallbackWarning } from '../callbacks';
import type { BoundaryFrame, CallbackStates, CheckpointActivity, EpochColumns, RunProgress, WorkerToPage, ClassFrame } from './protocol';
import type { EpochRecord, TrainerListener } from './trainer';

export interface Timer {
  schedule(callback: () => void, delayMs: number): void;
}

export const DEFAULT_FLUSH_INTERVAL_MS = 40;

/** The interval a run asked for (RunOptions.progressIntervalMs), never shorter than the default. */
export function flushIntervalFor(requestedMs: number | undefined): number {
  return requestedMs !== undefined && Number.isFinite(requestedMs) ? Math.max(DEFAULT_FLUSH_INTERVAL_MS, requestedMs) : DEFAULT_FLUSH_INTERVAL_MS;
}

type ProgressMessage = Extract<WorkerToPage, { type: 'progress' }>;

function toColumns(records: readonly EpochRecord[]): EpochColumns {
  const keys = Object.keys(records[0]?.logs ?? {});
  const values = new Float64Array(records.length * keys.length);
  records.forEach((record, row) => keys.forEach((key, column) => (values[row * keys.length + column] = record.logs[key] as number)));
  return {
    epochs: Int32Array.from(records, (record) => record.epoch),
    keys,
    values,
    lrDuring: Float64Array.from(records, (record) => record.lrDuring),
    lrAfter: Float64Array.from(records, (record) => record.lrAfter),
    seconds: Float64Array.from(records, (record) => record.seconds),
    tensors: Int32Array.from(records, (record) => record.tensors),
  };
}

function sameKeys(a: EpochRecord, b: EpochRecord): boolean {
  const keysA = Object.keys(a.logs);
  const keysB = Object.keys(b.logs);
  return keysA.length === keysB.length && keysA.every((key, index) => key === keysB[index]);
}

export class ProgressBatcher implements TrainerListener, CallbackHostListener {
  private epochs: EpochRecord[] = [];
  private progress: RunProgress | null = null;
  private events: CallbackEvent[] = [];
  private warnings: CallbackWarning[] = [];
  private messages: CallbackMessage[] = [];
  private boundary: BoundaryFrame | null = null;
  private classFrame: ClassFrame | null = null;
  private callbackStates: CallbackStates | null = null;
  private checkpoints: CheckpointActivity[] = [];
  private scheduled = false;
  /** Whether an epoch has gone to the page: the first goes at once, so the chart shows it as soon as it can (`firstEpochMs`). */
  private sentEpoch = false;

  constructor(
    private readonly runId: number,
    private readonly send: (message: ProgressMessage, transfer?: Transferable[]) => void,
    private readonly timer: Timer,
    private readonly intervalMs = DEFAULT_FLUSH_INTERVAL_MS,
  ) {}

  onEpochEnd(record: EpochRecord): void {
    this.epochs.push(record);
    if (this.sentEpoch) {
      this.schedule();
      return;
    }
    this.sentEpoch = true;
    this.flush();
  }
  onProgress(progress: RunProgress): void {
    this.progress = progress;
    this.schedule();
  }
  onEvent(event: CallbackEvent): void {
    this.events.push(event);
    this.schedule();
  }
  onWarning(warning: CallbackWarning): void {
    this.warnings.push(warning);
    this.schedule();
  }
  onMessage(message: CallbackMessage): void {
    this.messages.push(message);
    this.schedule();
  }
  /** Only the newest grid is worth drawing: an older one still waiting is dropped. */
  onBoundary(frame: BoundaryFrame): void {
    this.boundary = frame;
    this.schedule();
  }

  /** Only the newest predictions are worth drawing; the last frame (with the confusion matrix) comes after every other. */
  onClassFrame(frame: ClassFrame): void {
    this.classFrame = frame;
    this.schedule();
  }

  /** Only the newest states matter: the page shows where each callback stands now. */
  onCallbackStates(states: CallbackStates): void {
    this.callbackStates = states;
    this.schedule();
  }

  onCheckpoint(activity: CheckpointActivity): void {
    this.checkpoints.push(activity);
    this.schedule();
  }

  /** Sends whatever is pending now (before the run's last message). */
  flush(): void {
    const lists = this.events.length + this.warnings.length + this.messages.length + this.checkpoints.length;
    if (this.epochs.length === 0 && !this.progress && !this.boundary && !this.classFrame && !this.callbackStates && lists === 0) return;
    const groups: EpochColumns[] = [];
    let group: EpochRecord[] = [];
    for (const record of this.epochs) {
      if (group.length > 0 && !sameKeys(group[0] as EpochRecord, record)) {
        groups.push(toColumns(group));
        group = [];
      }
      group.push(record);
    }
    if (group.length > 0) groups.push(toColumns(group));
    const message: ProgressMessage = {
      type: 'progress',
      runId: this.runId,
      epochs: groups,
      progress: this.progress,
      events: this.events,
      warnings: this.warnings,
      messages: this.messages,
    };
    if (this.boundary) message.boundary = this.boundary;
    if (this.classFrame) message.classFrame = this.classFrame;
    if (this.callbackStates) message.callbackStates = this.callbackStates;
    if (this.checkpoints.length > 0) message.checkpoints = this.checkpoints;
    this.send(message, this.boundary ? [this.boundary.values.buffer] : []);
    this.epochs = [];
    this.progress = null;
    this.events = [];
    this.warnings = [];
    this.messages = [];
    this.boundary = null;
    this.classFrame = null;
    this.callbackStates = null;
    this.checkpoints = [];
  }

  private schedule(): void {
    if (this.scheduled) return;
    this.scheduled = true;
    this.timer.schedule(() => {
      this.scheduled = false;
      this.flush();
    }, this.intervalMs);
  }
}
