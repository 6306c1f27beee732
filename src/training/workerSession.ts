/**
 * What the training worker does with each message from the page: one run
 * at a time; a new start stops the previous run and frees its model. Kept
 * apart from the worker's globals so the same code can run in-process.
 */
import { problemsToText } from '../config/parseResult';
import { parseRunConfig, type RunConfig } from '../config/runConfig';
import { openCheckpointStore, type CheckpointStore, type NamedWeights, type OptimizerState } from '../storage';
import { selectBackend, type BackendEnvironment } from './backend';
import { boundaryData, hasBoundary } from './boundary/boundaryGrid';
import { BoundaryProbe } from './boundary/boundaryProbe';
import { IndexedDbCheckpointSink } from './indexedDbCheckpointSink';
import type { CompiledModel } from './model';
import { readyDataset } from './datasets/readyDataset';
import { prepareRun, type PreparedRun } from './prepareRun';
import { flushIntervalFor, ProgressBatcher, type Timer } from './progressBatcher';
import type { BackendInfo, BackendRequest, PageToWorker, RunOptions, WorkerToPage } from './protocol';
import { restoreOptimizerState } from './optimizerState';
import { loadWeightsInto, restoreAndEvaluate } from './restoreCheckpoint';
import { decodeResumePoint, type ResumePoint } from './resumePoint';
import { RunControl } from './runControl';
import { newRunId } from './runId';
import { train } from './trainer';
import { runSummary } from './runSummary';
import { runStack } from './stack/stackSession';
import { runRangeTest } from './rangeTest/runRangeTest';
import { macrotaskClock } from './clock';

import { WARM_UP_RUN_ID, warmUpConfig } from './warmUp';

/** The range test holds the worker as a run does, under an id no page run has. */
const RANGE_TEST_RUN_ID = -2;

interface ActiveRun {
  runId: number;
  /** A stacked comparison answers to each of its variants' runIds. */
  runIds?: readonly number[];
  control: RunControl;
  finished: Promise<void>;
}

interface RunStart {
  config: RunConfig;
  storageRunId: string;
  resume: { checkpointId: string; point: ResumePoint; weights: NamedWeights[]; optimizer: OptimizerState | null } | null;
}

type StoreOpener = () => Promise<CheckpointStore>;

function lazily(open: StoreOpener): StoreOpener {
  let opened: Promise<CheckpointStore> | null = null;
  return () => {
    opened ??= open().catch((error: unknown) => {
      opened = null;
      throw error;
    });
    return opened;
  };
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** Stops a run (at its next batch) and waits until it has ended and freed what it held. */
async function stopAndWait(run: ActiveRun): Promise<void> {
  run.control.stop();
  await run.finished;
}

export class WorkerSession {
  private backend: BackendInfo | null = null;
  private selecting: { request: BackendRequest; info: Promise<BackendInfo> } | null = null;
  private active: ActiveRun | null = null;
  private model: CompiledModel | null = null;
  private readonly store: StoreOpener;

  private readonly post: (message: WorkerToPage, transfer?: Transferable[]) => void;

  constructor(
    send: (message: WorkerToPage, transfer?: Transferable[]) => void,
    private readonly environment: BackendEnvironment,
    private readonly timer: Timer,
    openStore: StoreOpener = () => openCheckpointStore(),
  ) {
    this.store = lazily(openStore);
    // The warm-up trains as a run does, and the page hears nothing of it.
    this.post = (message, transfer) => {
      if ('runId' in message && message.runId === WARM_UP_RUN_ID) return;
      send(message, transfer);
    };
  }

  handle(message: PageToWorker): void {
    switch (message.type) {
      case 'ping':
        this.post({ type: 'pong', id: message.id });
        return;
      case 'start':
        void this.start(message.runId, message.config, message.backend, message.options ?? {});
        return;
      case 'startStack':
        void this.startStack(message);
        return;
      case 'restoreCheckpoint':
        void this.restore(message.requestId, message.id, message.backend);
        return;
      case 'warmUp':
        this.warmUp(message.config, message.backend);
        return;
      case 'rangeTest':
        void this.rangeTest(message);
        return;
      case 'prepare':
        void this.chooseBackend(message.backend).catch(() => undefined);
        return;
      case 'pause':
      case 'resume':
      case 'stop':
      case 'setLearningRate':
        this.control(message);
        return;
    }
  }

  private control(message: Extract<PageToWorker, { runId: number; type: 'pause' | 'resume' | 'stop' | 'setLearningRate' }>): void {
    const run = this.active;
    if (!run || !(run.runIds ?? [run.runId]).includes(message.runId)) return;
    if (message.type === 'pause') run.control.pause();
    else if (message.type === 'resume') run.control.resume();
    else if (message.type === 'stop') run.control.stop();
    else run.control.requestLearningRate(message.value);
    this.post({ type: 'ack', runId: message.runId, command: message.type });
  }

  private warmUp(rawConfig: unknown, backend: BackendRequest): void {
    const parsed = parseRunConfig(rawConfig);
    if (!parsed.ok || this.active) return;
    void this.start(WARM_UP_RUN_ID, warmUpConfig(parsed.value), backend, { boundary: false });
  }

  /** One selection per request at a time: a `prepare` and the request after it share it. */
  private async chooseBackend(request: BackendRequest): Promise<BackendInfo> {
    if (this.backend?.requested === request) return this.backend;
    if (this.selecting?.request !== request) this.selecting = { request, info: selectBackend(request, this.environment) };
    const selecting = this.selecting;
    try {
      this.backend = await selecting.info;
      return this.backend;
    } finally {
      if (this.selecting === selecting) this.selecting = null;
    }
  }

  private replaceModel(next: CompiledModel | null): void {
    this.model?.dispose();
    this.model = next;
  }

  private async start(runId: number, rawConfig: unknown, backendRequest: BackendRequest, options: RunOptions): Promise<void> {
    // Only when there is one: an await with nothing to stop would leave `active` unset for a moment, and a warm-up could start in it.
    if (this.active) await stopAndWait(this.active);
    const control = new RunControl();
    let finish = (): void => {};
    const finished = new Promise<void>((resolve) => (finish = resolve));
    this.active = { runId, control, finished };
    try {
      await this.run(runId, await this.runStart(rawConfig, options), backendRequest, options, control);
    } catch (error) {
      this.post({ type: 'error', runId, message: messageOf(error) });
    } finally {
      if (this.active?.runId === runId) this.active = null;
      finish();
    }
  }

  /** The config and run id to train with: the page's, or for a resumed run the checkpoint's. */
  /** Trains a comparison's variants as one stacked model; a Stop from any of them stops the stack. */
  private async startStack(message: Extract<PageToWorker, { type: 'startStack' }>): Promise<void> {
    if (this.active) await stopAndWait(this.active);
    const control = new RunControl();
    let finish = (): void => {};
    const finished = new Promise<void>((resolve) => (finish = resolve));
    const [runId = 0] = message.runIds;
    this.active = { runId, runIds: message.runIds, control, finished };
    this.replaceModel(null);
    try {
      await runStack({ post: this.post, timer: this.timer, store: this.store, chooseBackend: () => this.chooseBackend(message.backend) }, message, control);
    } catch (error) {
      for (const id of message.runIds) this.post({ type: 'error', runId: id, message: messageOf(error) });
    } finally {
      if (this.active?.runId === runId) this.active = null;
      finish();
    }
  }

  private async runStart(rawConfig: unknown, options: RunOptions): Promise<RunStart> {
    if (options.resumeFrom !== undefined) {
      const loaded = await (await this.store()).loadCheckpoint(options.resumeFrom);
      if (!loaded) throw new Error(`there is no checkpoint ${options.resumeFrom} to resume from`);
      const point = decodeResumePoint(loaded.resume);
      return { config: loaded.config, storageRunId: loaded.runId, resume: { checkpointId: loaded.id, point, weights: loaded.weights, optimizer: loaded.optimizer } };
    }
    const parsed = parseRunConfig(rawConfig);
    if (!parsed.ok) throw new Error(`invalid run config:\n${problemsToText(parsed.problems)}`);
    return { config: parsed.value, storageRunId: options.storageRunId ?? newRunId(), resume: null };
  }

  private async run(runId: number, start: RunStart, backendRequest: BackendRequest, options: RunOptions, control: RunControl): Promise<void> {
    const { config, storageRunId, resume } = start;
    const backend = await this.chooseBackend(backendRequest);
    this.post({ type: 'backend', runId, backend });
    this.replaceModel(null);
    const load = await readyDataset(config.dataset);
    if (load && load.bytes > 0) this.post({ type: 'dataLoaded', runId, load: { name: 'MNIST digits', ...load } });
    const prepared = prepareRun(config);
    this.model = prepared.compiled;
    const batcher = new ProgressBatcher(runId, this.post, this.timer, flushIntervalFor(options.progressIntervalMs));
    if (resume) {
      loadWeightsInto(prepared.compiled.model, resume.weights);
      if (resume.optimizer) await restoreOptimizerState(prepared.compiled.optimizer, resume.optimizer);
      this.post({ type: 'resumed', runId, from: { checkpointId: resume.checkpointId, storageRunId, initialEpoch: resume.point.initialEpoch } });
      for (const record of resume.point.history) batcher.onEpochEnd(record);
      // Where each callback stood at the checkpoint, so the page shows it before the first new epoch ends.
      batcher.onCallbackStates(resume.point.callbacks);
      batcher.flush();
    }
    const sink = new IndexedDbCheckpointSink({
      store: this.store,
      runId: storageRunId,
      config,
      report: (activity) => {
        batcher.onCheckpoint(activity);
        if (activity.kind === 'failed') {
          batcher.onWarning({ callback: 'ModelCheckpoint', category: 'UserWarning', message: activity.message, hook: 'onEpochEnd', epoch: activity.epoch, batch: null });
        }
      },
      onQuotaExceeded: () => {
        if (options.onQuotaExceeded === 'stop') control.stop('Checkpoint storage full');
      },
    });
    const probe = options.boundary === false ? null : this.boundaryProbe(runId, prepared.data, batcher);
    const started = performance.now();
    const result = await train({
      config,
      ...prepared,
      sink,
      control,
      listener: batcher,
      onInitialLoss: (initialLoss) => this.post({ type: 'trainBegin', runId, initialLoss }),
      ...(resume ? { resume: resume.point } : {}),
      ...(probe ? { probe } : {}),
    });
    batcher.flush();
    this.post({ type: 'done', runId, summary: runSummary(result, started) });
  }

  /** For two features and classes: sends the points once and returns the probe that predicts the grid between epochs. */
  private boundaryProbe(runId: number, data: PreparedRun['data'], batcher: ProgressBatcher): BoundaryProbe | null {
    if (!hasBoundary(data)) return null;
    const boundary = boundaryData(data);
    this.post({ type: 'boundaryData', runId, data: boundary });
    return new BoundaryProbe(boundary, (frame) => batcher.onBoundary(frame));
  }

  /** The range test runs like a run (a warm-up gives way to it; a Train stops it), on a model of its own. */
  private async rangeTest(message: Extract<PageToWorker, { type: 'rangeTest' }>): Promise<void> {
    const { requestId } = message;
    if (this.active?.runId === WARM_UP_RUN_ID) await stopAndWait(this.active);
    if (this.active) {
      this.post({ type: 'rangeTested', requestId, result: { ok: false, message: 'a run is training in this worker; stop it before the range test' } });
      return;
    }
    const control = new RunControl();
    let finish = (): void => {};
    const finished = new Promise<void>((resolve) => (finish = resolve));
    this.active = { runId: RANGE_TEST_RUN_ID, control, finished };
    const clock = macrotaskClock();
    try {
      const parsed = parseRunConfig(message.config);
      if (!parsed.ok) throw new Error(`invalid run config:\n${problemsToText(parsed.problems)}`);
      const backend = await this.chooseBackend(message.backend);
      await readyDataset(parsed.value.dataset);
      const curve = await runRangeTest({ config: parsed.value, settings: message.settings, clock, cancelled: () => control.stopRequested });
      this.post({ type: 'rangeTested', requestId, result: { ok: true, curve, backend } });
    } catch (error) {
      this.post({ type: 'rangeTested', requestId, result: { ok: false, message: messageOf(error) } });
    } finally {
      clock.close?.();
      if (this.active?.runId === RANGE_TEST_RUN_ID) this.active = null;
      finish();
    }
  }

  private async restore(requestId: number, id: string, backendRequest: BackendRequest): Promise<void> {
    try {
      if (this.active?.runId === WARM_UP_RUN_ID) await stopAndWait(this.active);
      if (this.active) throw new Error('a run is training in this worker; stop it before restoring a checkpoint');
      await this.chooseBackend(backendRequest);
      const loaded = await (await this.store()).loadCheckpoint(id);
      if (!loaded) throw new Error(`there is no checkpoint ${id}`);
      const { prepared, checkpoint } = await restoreAndEvaluate(loaded);
      this.replaceModel(prepared.compiled);
      this.post({ type: 'restored', requestId, result: { ok: true, checkpoint } });
    } catch (error) {
      this.post({ type: 'restored', requestId, result: { ok: false, message: messageOf(error) } });
    }
  }
}
