/**
 * The page's side of training: starts the worker, sends it commands and
 * hands its messages to the run's handlers. Never imports tfjs.
 *
 * A watchdog pings the worker while a run is active. The trainer yields
 * every ~20 ms, so a worker that stays silent for `unresponsiveAfterMs` is
 * stuck (a user callback looping forever): it is terminated and replaced,
 * and the run ends with an error that says so.
 *
 * A worker is also replaced between runs, once it has trained
 * `epochsPerWorker` epochs, by one started at once. After about 300 epochs of the default run
 * (some 1.8 million tensors), V8's code for tfjs in a worker gets slower and
 * stays so: CPU per epoch up 25–40 % on the cpu backend, most of it in
 * tfjs-backend-cpu's matMul (`scripts/bench/runDrift.ts` shows it). V8's
 * traces show why at that point: integers computed in optimised code reach
 * tfjs's shapes as doubles, `Tensor.size` turns from a small integer into a
 * double, and the optimised code for tensors is thrown away and rebuilt. A
 * fresh worker's first run would cost 18–35 % more, so the successor warms
 * up on the last run's config first (warmUp.ts).
 */
import type { RangeTestSettings } from '../callbacks/rangeTest/rangeTestSettings';
import { publishCheckpointActivity } from './checkpointActivity';
import type {
  BackendInfo,
  BoundaryData,
  ClassSamples,
  DataLoad,
  BackendRequest,
  CheckpointActivity,
  ControlCommand,
  InitialLoss,
  PageToWorker,
  RestoredCheckpoint,
  ResumedFrom,
  RangeTestOutcome,
  RunOptions,
  RunSummary,
  WorkerToPage,
} from './protocol';

export { subscribeCheckpointActivity } from './checkpointActivity';

export type ProgressMessage = Extract<WorkerToPage, { type: 'progress' }>;

export type RunErrorKind = 'start' | 'unresponsive' | 'crashed';

export interface RunHandlers {
  onBackend?(backend: BackendInfo): void;
  /** A dataset was fetched before the run (the MNIST asset, once per worker). */
  onDataLoaded?(load: DataLoad): void;
  onProgress?(message: ProgressMessage): void;
  /** The points of a two-feature classification run, once before training; grids then arrive in progress messages. */
  onBoundaryData?(data: BoundaryData): void;
  /** A classification run's classes and the validation images its grid shows, once before training. */
  onClassSamples?(samples: ClassSamples): void;
  /** A fresh run's loss before its first step (runs with one seed, data and model start equal). */
  onTrainBegin?(initialLoss: InitialLoss): void;
  onAck?(command: ControlCommand): void;
  onDone?(summary: RunSummary): void;
  /** A checkpoint of this run was saved, or could not be (storage full). Every client also publishes it to `subscribeCheckpointActivity`. */
  onCheckpoint?(activity: CheckpointActivity): void;
  /** The run carries on from a checkpoint; its stored history arrives as the first progress message. */
  onResumed?(from: ResumedFrom): void;
  onError?(message: string, kind: RunErrorKind): void;
}

export interface RunHandle {
  readonly runId: number;
  pause(): void;
  resume(): void;
  stop(): void;
  setLearningRate(value: number): void;
}

/** Epochs a worker trains before it is replaced, between runs: below the ~300 where the default run slows down. */
export const EPOCHS_PER_WORKER = 250;

export interface TrainingClientOptions {
  createWorker?: () => Worker;
  epochsPerWorker?: number;
  unresponsiveAfterMs?: number;
  pingEveryMs?: number;
}

function createTrainingWorker(): Worker {
  return new Worker(new URL('./training.worker.ts', import.meta.url), { type: 'module', name: 'plateau-training' });
}

export class TrainingClient {
  private worker: Worker | null = null;
  private nextRunId = 1;
  private nextPingId = 1;
  /** The runs the worker trains now, by runId: one, or a stacked comparison's variants. */
  private readonly runs = new Map<number, RunHandlers>();
  private nextRestoreId = 1;
  private readonly restores = new Map<number, { resolve: (checkpoint: RestoredCheckpoint) => void; reject: (error: Error) => void }>();
  private nextRangeTestId = 1;
  private readonly rangeTests = new Map<number, { resolve: (outcome: RangeTestOutcome) => void; reject: (error: Error) => void }>();
  private lastHeardAt = 0;
  private watchdog: ReturnType<typeof setInterval> | null = null;
  private readonly createWorker: () => Worker;
  private readonly unresponsiveAfterMs: number;
  private readonly pingEveryMs: number;
  private readonly epochsPerWorker: number;
  private epochsOnWorker = 0;
  /** The epochs the running stack has trained: its longest variant's, counted once when the last variant is done. */
  private stackEpochs: number | null = null;
  /** What the last run (not a resume) trained: a successor warms up on it. */
  private lastTrained: { config: unknown; backend: BackendRequest } | null = null;
  /** The setup last sent to be built before the click, as JSON; cleared by a start, which uses that build up. */
  private lastPrepared: string | null = null;
  private nextPrepareId = 1;
  /** Who hears that the last setup sent is built, until a start. */
  private onPrepared: { id: number; ready: (() => void) | undefined } | null = null;
  /** Whether the worker said the last setup sent is built. */
  private preparedReady = false;

  constructor(options: TrainingClientOptions = {}) {
    this.epochsPerWorker = options.epochsPerWorker ?? EPOCHS_PER_WORKER;
    this.createWorker = options.createWorker ?? createTrainingWorker;
    this.unresponsiveAfterMs = options.unresponsiveAfterMs ?? 10_000;
    this.pingEveryMs = options.pingEveryMs ?? 1_000;
  }

  /**
   * While no run trains: starts the worker and its backend if need be, and
   * has it build `config`'s run now, so a start with the same config skips
   * that work (workerSession.ts, prebuiltRun.ts). Asking again for the same
   * setup sends nothing.
   */
  prepare(config: unknown, backend: BackendRequest, ready?: () => void): void {
    if (this.runs.size > 0) return;
    const key = `${backend}\n${JSON.stringify(config)}`;
    if (key === this.lastPrepared) {
      // The same setup again (an edit that changed nothing): whoever asks now hears of it too.
      if (this.preparedReady) ready?.();
      else if (this.onPrepared) this.onPrepared.ready = ready;
      return;
    }
    this.lastPrepared = key;
    this.preparedReady = false;
    const id = this.nextPrepareId++;
    this.onPrepared = { id, ready };
    this.send({ type: 'warmUp', config, backend, id });
  }

  start(config: unknown, backend: BackendRequest, handlers: RunHandlers, options: RunOptions = {}): RunHandle {
    this.lastPrepared = null;
    this.onPrepared = null;
    const runId = this.nextRunId++;
    this.runs.clear();
    this.stackEpochs = null;
    this.runs.set(runId, handlers);
    if (options.resumeFrom === undefined) this.lastTrained = { config, backend };
    this.send({ type: 'start', runId, config, backend, options });
    this.startWatchdog();
    return this.handle(runId);
  }

  /** Trains variants that share data, architecture and fit settings as one stacked model in this worker; one handle per variant. */
  startStack(configs: readonly unknown[], backend: BackendRequest, handlers: readonly RunHandlers[], options: Pick<RunOptions, 'progressIntervalMs'> = {}): RunHandle[] {
    this.lastPrepared = null;
    this.onPrepared = null;
    const runIds = configs.map(() => this.nextRunId++);
    this.runs.clear();
    runIds.forEach((runId, index) => this.runs.set(runId, handlers[index] ?? {}));
    // A stack's variants share one model's kernels: its successor warms up on the first, alone.
    if (configs[0] !== undefined) this.lastTrained = { config: configs[0], backend };
    this.stackEpochs = 0;
    this.send({ type: 'startStack', runIds, configs: [...configs], backend, options });
    this.startWatchdog();
    return runIds.map((runId) => this.handle(runId));
  }

  private handle(runId: number): RunHandle {
    return {
      runId,
      pause: () => this.send({ type: 'pause', runId }),
      resume: () => this.send({ type: 'resume', runId }),
      stop: () => this.send({ type: 'stop', runId }),
      setLearningRate: (value: number) => this.send({ type: 'setLearningRate', runId, value }),
    };
  }

  /** Asks the worker to time `auto`'s backends on this config's model now, while nothing trains, so the next Train need not. */
  measureBackends(config: unknown): void {
    if (this.runs.size > 0) return;
    this.send({ type: 'measureBackends', config });
  }

  restoreCheckpoint(id: string, backend: BackendRequest): Promise<RestoredCheckpoint> {
    const requestId = this.nextRestoreId++;
    return new Promise<RestoredCheckpoint>((resolve, reject) => {
      this.restores.set(requestId, { resolve, reject });
      this.send({ type: 'restoreCheckpoint', requestId, id, backend });
    });
  }

  /** Starts the worker and its backend ahead of a request the page expects (a pointer on the range test's button). */
  startBackend(backend: BackendRequest): void {
    if (this.worker) return;
    this.send({ type: 'prepare', backend });
  }

  /** The learning-rate range test on a copy of `config`'s model, in this client's worker (DESIGN.md §8). */
  findLearningRate(config: unknown, backend: BackendRequest, settings: RangeTestSettings): Promise<RangeTestOutcome> {
    const requestId = this.nextRangeTestId++;
    return new Promise<RangeTestOutcome>((resolve, reject) => {
      this.rangeTests.set(requestId, { resolve, reject });
      this.send({ type: 'rangeTest', requestId, config, backend, settings });
    });
  }

  dispose(): void {
    this.failRestores('the training worker was closed');
    this.stopWatchdog();
    this.worker?.terminate();
    this.worker = null;
    this.runs.clear();
  }

  /**
   * A solo run's epochs count as they come; a stack's count once, as its
   * longest variant's: its K variants run each kernel once between them,
   * so they wear the worker as one run does, not K.
   */
  private countEpochs(epochsRun: number): void {
    if (this.stackEpochs === null) {
      this.epochsOnWorker += epochsRun;
      return;
    }
    this.stackEpochs = Math.max(this.stackEpochs, epochsRun);
    if (this.runs.size > 0) return;
    this.epochsOnWorker += this.stackEpochs;
    this.stackEpochs = null;
  }

  /**
   * When the worker is worn and idle (no run, no restore waiting on it), ends
   * it and starts its successor now, warming it up on the last run's config
   * (warmUp.ts), so neither loading tfjs nor a cold JIT slows the next run.
   */
  private retireIfWorn(): void {
    if (this.epochsOnWorker < this.epochsPerWorker || this.runs.size > 0 || this.restores.size > 0 || this.rangeTests.size > 0) return;
    this.worker?.terminate();
    this.worker = null;
    this.lastPrepared = null;
    if (this.lastTrained) this.send({ type: 'warmUp', ...this.lastTrained });
    else this.ensureWorker();
  }

  private send(message: PageToWorker): void {
    this.ensureWorker().postMessage(message);
  }

  private ensureWorker(): Worker {
    if (this.worker) return this.worker;
    const worker = this.createWorker();
    worker.onmessage = (event: MessageEvent<WorkerToPage>) => this.receive(event.data);
    worker.onerror = (event: ErrorEvent) => {
      event.preventDefault();
      this.replaceWorker(`The training worker crashed: ${event.message}`, 'crashed');
    };
    this.worker = worker;
    this.epochsOnWorker = 0;
    this.lastHeardAt = performance.now();
    return worker;
  }

  private receive(message: WorkerToPage): void {
    this.lastHeardAt = performance.now();
    if (message.type === 'pong') return;
    if (message.type === 'prepared') {
      if (this.onPrepared?.id !== message.id) return;
      this.preparedReady = true;
      this.onPrepared.ready?.();
      return;
    }
    if (message.type === 'restored') {
      this.settleRestore(message.requestId, message.result);
      return;
    }
    if (message.type === 'rangeTested') {
      const pending = this.rangeTests.get(message.requestId);
      this.rangeTests.delete(message.requestId);
      if (message.result.ok) pending?.resolve({ curve: message.result.curve, backend: message.result.backend });
      else pending?.reject(new Error(message.result.message));
      return;
    }
    if (message.type === 'progress') for (const activity of message.checkpoints ?? []) publishCheckpointActivity(activity);
    const handlers = this.runs.get(message.runId);
    if (!handlers) return;
    switch (message.type) {
      case 'backend':
        handlers.onBackend?.(message.backend);
        return;
      case 'dataLoaded':
        handlers.onDataLoaded?.(message.load);
        return;
      case 'progress':
        for (const activity of message.checkpoints ?? []) handlers.onCheckpoint?.(activity);
        handlers.onProgress?.(message);
        return;
      case 'boundaryData':
        handlers.onBoundaryData?.(message.data);
        return;
      case 'classSamples':
        handlers.onClassSamples?.(message.samples);
        return;
      case 'trainBegin':
        handlers.onTrainBegin?.(message.initialLoss);
        return;
      case 'ack':
        handlers.onAck?.(message.command);
        return;
      case 'resumed':
        handlers.onResumed?.(message.from);
        return;
      case 'done':
        this.finishRun(message.runId);
        this.countEpochs(message.summary.epochsRun);
        this.retireIfWorn();
        handlers.onDone?.(message.summary);
        return;
      case 'error':
        this.finishRun(message.runId);
        handlers.onError?.(message.message, 'start');
        return;
    }
  }

  private settleRestore(requestId: number, result: Extract<WorkerToPage, { type: 'restored' }>['result']): void {
    const pending = this.restores.get(requestId);
    this.restores.delete(requestId);
    if (!pending) return;
    if (result.ok) pending.resolve(result.checkpoint);
    else pending.reject(new Error(result.message));
  }

  private failRestores(message: string): void {
    for (const { reject } of [...this.restores.values(), ...this.rangeTests.values()]) reject(new Error(message));
    this.restores.clear();
    this.rangeTests.clear();
  }

  /** One run ended (every run, without `runId`); the worker is idle once the last has. */
  private finishRun(runId?: number): void {
    const ended = runId === undefined ? this.runs.size > 0 : this.runs.delete(runId);
    if (runId === undefined) this.runs.clear();
    if (this.runs.size > 0) return;
    this.stopWatchdog();
    if (ended) publishCheckpointActivity({ kind: 'runEnded' });
  }

  private replaceWorker(message: string, kind: RunErrorKind): void {
    const handlers = [...this.runs.values()];
    this.failRestores(message);
    this.worker?.terminate();
    this.worker = null;
    this.lastPrepared = null;
    this.finishRun();
    for (const handler of handlers) handler.onError?.(message, kind);
  }

  private startWatchdog(): void {
    this.stopWatchdog();
    this.lastHeardAt = performance.now();
    let lastTickAt = this.lastHeardAt;
    this.watchdog = setInterval(() => {
      const now = performance.now();
      // A late tick means the page itself was busy: the worker's answers may still be queued behind it.
      if (now - lastTickAt > 2 * this.pingEveryMs) this.lastHeardAt = now;
      lastTickAt = now;
      const silentFor = now - this.lastHeardAt;
      if (silentFor > this.unresponsiveAfterMs) {
        const seconds = Math.round(silentFor / 1000);
        this.replaceWorker(
          `The training worker did not respond for ${seconds} s (a callback may loop forever), so it was stopped and replaced.`,
          'unresponsive',
        );
        return;
      }
      this.worker?.postMessage({ type: 'ping', id: this.nextPingId++ } satisfies PageToWorker);
    }, this.pingEveryMs);
  }

  private stopWatchdog(): void {
    if (this.watchdog !== null) clearInterval(this.watchdog);
    this.watchdog = null;
  }
}
