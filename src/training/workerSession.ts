/**
 * What the training worker does with each message from the page: one run
 * at a time; a new start stops the previous run and frees its model. Kept
 * apart from the worker's globals so the same code can run in-process.
 */
import { problemsToText } from '../config/parseResult';
import { parseRunConfig, type RunConfig } from '../config/runConfig';
import { openCheckpointStore, openTextFileStore, type CheckpointStore, type NamedWeights, type OptimizerState, type TextFileStore } from '../storage';
import { selectBackend, type BackendEnvironment } from './backend';
import { selectAuto, type TimingCache } from './autoBackend';
import { modelSignature, timingKey } from './backendTimings';
import { timeEpochMs } from './timeEpoch';
import { timingCache } from './timingCache';
import { boundaryData, hasBoundary } from './boundary/boundaryGrid';
import { BoundaryProbe } from './boundary/boundaryProbe';
import { allProbes, ClassProbe, classSamples } from './classProbe';
import { hasBackups, preloadBackups } from './backups';
import { PersistedFiles } from './persistedFiles';
import { IndexedDbCheckpointSink } from './indexedDbCheckpointSink';
import type { CompiledModel } from './model';
import { readyDataset } from './datasets/readyDataset';
import { initialLossOf } from './initialLoss';
import { prepareRun, type PreparedRun } from './prepareRun';
import { flushIntervalFor, ProgressBatcher, type Timer } from './progressBatcher';
import type { BackendInfo, BackendRequest, PageToWorker, RunOptions, WorkerToPage } from './protocol';
import { restoreOptimizerState } from './optimizerState';
import { loadWeightsInto, restoreAndEvaluate } from './restoreCheckpoint';
import { decodeResumePoint, type ResumePoint } from './resumePoint';
import { RunControl } from './runControl';
import { prebuiltKey, PrebuiltRun } from './prebuiltRun';
import { newRunId } from './runId';
import { train } from './trainer';
import { runSummary } from './runSummary';
import { runStack } from './stack/stackSession';
import { runRangeTest } from './rangeTest/runRangeTest';
import { macrotaskClock } from './clock';

import { WARM_UP_RUN_ID, warmUpConfig } from './warmUp';
import { explainMemory } from './memoryFailure';

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
  return explainMemory(error instanceof Error ? error.message : String(error));
}

/** Stops a run (at its next batch) and waits until it has ended and freed what it held. */
async function stopAndWait(run: ActiveRun): Promise<void> {
  run.control.stop();
  await run.finished;
}

function cpuCores(): number {
  return (globalThis.navigator as { hardwareConcurrency?: number } | undefined)?.hardwareConcurrency ?? 1;
}

/** What the page would train next, to build before it asks (prebuiltRun.ts). */
interface WantedRun {
  /** The page's id for it, echoed in `prepared`. */
  id: number | undefined;
  key: string;
  config: RunConfig;
  backend: BackendRequest;
}

export class WorkerSession {
  private backend: BackendInfo | null = null;
  /** The model shape `auto` last measured for: the same shape keeps the same backend without asking the cache. */
  private measuredFor: string | null = null;
  /** A measurement under way (an idle one the page asked for), which a run of the same shape waits for. */
  private measuring: { signature: string; done: Promise<BackendInfo> } | null = null;
  /** A selection of a forced backend under way: a run and a prebuild asking at once start it once. */
  private selecting: { request: BackendRequest; info: Promise<BackendInfo> } | null = null;
  private active: ActiveRun | null = null;
  private model: CompiledModel | null = null;
  /** Whether this worker has trained its warm-up (warmUp.ts); it does so once. */
  private warmedUp = false;
  private wanted: WantedRun | null = null;
  private readonly prebuilt = new PrebuiltRun();
  private prebuilding: Promise<void> = Promise.resolve();
  private readonly store: StoreOpener;
  private readonly textFiles: () => Promise<TextFileStore>;

  private readonly post: (message: WorkerToPage, transfer?: Transferable[]) => void;

  constructor(
    send: (message: WorkerToPage, transfer?: Transferable[]) => void,
    private readonly environment: BackendEnvironment,
    private readonly timer: Timer,
    openStore: StoreOpener = () => openCheckpointStore(),
    private readonly timings: TimingCache = timingCache(),
    openTextFiles: () => TextFileStore = () => openTextFileStore(),
  ) {
    this.store = lazily(openStore);
    let textFiles: TextFileStore | null = null;
    this.textFiles = () => Promise.resolve((textFiles ??= openTextFiles()));
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
        this.warmUp(message.config, message.backend, message.id);
        return;
      case 'measureBackends':
        void this.measureWhenIdle(message.config);
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

  /**
   * Gets ready for a run of `rawConfig` while the page is idle: starts the
   * backend, builds the run's data and model (prebuiltRun.ts) and says so,
   * then trains the warm-up once per worker (warmUp.ts), on a model of its
   * own. Never interrupts a run; the newest config asked for is the one built.
   */
  private warmUp(rawConfig: unknown, backend: BackendRequest, id: number | undefined): void {
    const parsed = parseRunConfig(rawConfig);
    if (!parsed.ok) return;
    this.wanted = { id, key: prebuiltKey(parsed.value, backend), config: parsed.value, backend };
    // A run builds its own; the warm-up trains a model of its own, beside which the build can go.
    if (this.active && this.active.runId !== WARM_UP_RUN_ID) return;
    this.prebuilding = this.prebuild();
  }

  private async prebuild(): Promise<void> {
    const wanted = this.wanted;
    // MNIST would fetch its asset unasked: its run builds, and warms up, when the learner presses Train.
    if (!wanted || wanted.config.dataset.kind === 'mnist') return;
    if (!this.prebuilt.holds(wanted.key)) {
      try {
        // Measuring auto for a new model switches tfjs's backend: not under the warm-up's training.
        if (wanted.backend === 'auto' && this.active?.runId === WARM_UP_RUN_ID) await stopAndWait(this.active);
        await this.chooseBackend(wanted.backend, wanted.config);
        if ((this.active && this.active.runId !== WARM_UP_RUN_ID) || this.wanted !== wanted) return;
        const run = prepareRun(wanted.config);
        // Its loss before the first step too, so the click goes straight to the first batch; nothing trains this model before the run.
        const initialLoss = initialLossOf(run.compiled, run.data, wanted.config.fit.batchSize);
        // A run that never comes still must not leave a rejection unheard; one that does reads the loss again if it failed.
        initialLoss.catch(() => undefined);
        this.prebuilt.hold(wanted.key, { ...run, initialLoss });
        if (wanted.id !== undefined) this.post({ type: 'prepared', id: wanted.id });
      } catch {
        // The run itself reports what is wrong, when the learner presses Train.
        return;
      }
    }
    if (this.warmedUp || this.active) return;
    this.warmedUp = true;
    await this.start(WARM_UP_RUN_ID, warmUpConfig(wanted.config), wanted.backend, { boundary: false });
  }

  /** Resolves when the last warm-up and prebuild asked for have ended (for tests: the page never waits for them). */
  prebuildSettled(): Promise<void> {
    return this.prebuilding;
  }

  /** `auto` with a config times the candidates on its model (or reads their times from the cache); otherwise the rule of backend.ts. */
  private async chooseBackend(request: BackendRequest, config: RunConfig | null = null): Promise<BackendInfo> {
    if (request === 'auto' && config) {
      const signature = modelSignature(config);
      if (this.backend?.requested === 'auto' && this.measuredFor === signature) return this.backend;
      // One measurement at a time: two would switch tfjs's backend under each other.
      while (this.measuring && this.measuring.signature !== signature) await this.measuring.done.catch(() => undefined);
      if (this.backend?.requested === 'auto' && this.measuredFor === signature) return this.backend;
      // A forced or rule-based selection under way finishes first: both switch tfjs's backend.
      while (this.selecting) await this.selecting.info.catch(() => undefined);
      if (!this.measuring) {
        const done = selectAuto(this.environment, (_name, slowerThan) => timeEpochMs(config, slowerThan), this.timings, (device) => timingKey(config, device), cpuCores());
        this.measuring = { signature, done };
      }
      const measuring = this.measuring;
      try {
        this.backend = await measuring.done;
        this.measuredFor = signature;
      } finally {
        if (this.measuring === measuring) this.measuring = null;
      }
      return this.backend;
    }
    while (this.measuring) await this.measuring.done.catch(() => undefined);
    if (this.backend?.requested !== request) {
      if (this.selecting?.request !== request) {
        const info = selectBackend(request, this.environment);
        const selecting = { request, info };
        this.selecting = selecting;
        void info.catch(() => undefined).finally(() => {
          if (this.selecting === selecting) this.selecting = null;
        });
      }
      this.backend = await this.selecting.info;
      this.measuredFor = null;
    }
    return this.backend;
  }

  /** Measures `auto` for a config before Train is pressed (the page asks when it is idle), unless a run is training. */
  private async measureWhenIdle(rawConfig: unknown): Promise<void> {
    const parsed = parseRunConfig(rawConfig);
    if (!parsed.ok || this.active) return;
    try {
      await readyDataset(parsed.value.dataset);
      if (!this.active) await this.chooseBackend('auto', parsed.value);
    } catch {
      // The run that follows measures again and reports what fails.
    }
  }

  private replaceModel(next: CompiledModel | null): void {
    this.model?.dispose();
    this.model = next;
  }

  private async start(runId: number, rawConfig: unknown, backendRequest: BackendRequest, options: RunOptions): Promise<void> {
    // Only when there is one: an await with nothing to stop would leave `active` unset for a moment, and a warm-up could start in it.
    // Again after each wait: a range test may have started while a warm-up was stopping.
    while (this.active) await stopAndWait(this.active);
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

  /** Trains a comparison's variants as one stacked model; a Stop from any of them stops the stack. */
  private async startStack(message: Extract<PageToWorker, { type: 'startStack' }>): Promise<void> {
    while (this.active) await stopAndWait(this.active);
    const control = new RunControl();
    let finish = (): void => {};
    const finished = new Promise<void>((resolve) => (finish = resolve));
    const [runId = 0] = message.runIds;
    this.active = { runId, runIds: message.runIds, control, finished };
    this.replaceModel(null);
    try {
      await runStack({ post: this.post, timer: this.timer, store: this.store, chooseBackend: (config) => this.chooseBackend(message.backend, config) }, message, control);
    } catch (error) {
      for (const id of message.runIds) this.post({ type: 'error', runId: id, message: messageOf(error) });
    } finally {
      if (this.active?.runId === runId) this.active = null;
      finish();
    }
  }

  /** The config and run id to train with: the page's, or for a resumed run the checkpoint's. */
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
    this.replaceModel(null);
    // The data first: auto times batches of this model on it.
    const load = await readyDataset(config.dataset);
    const backend = await this.chooseBackend(backendRequest, config);
    this.post({ type: 'backend', runId, backend });
    if (load && load.bytes > 0) this.post({ type: 'dataLoaded', runId, load: { name: 'MNIST digits', ...load } });
    const prepared = this.preparedFor(runId, config, backendRequest, resume !== null);
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
    const probe = options.boundary === false ? null : allProbes([this.boundaryProbe(runId, prepared.data, batcher), this.classProbe(runId, prepared.data, batcher)].filter((each) => each !== null));
    // A fresh run's BackupAndRestore may restore a backup in onTrainBegin, which cannot wait for storage: it is read now.
    const backups = resume ? new Map() : await preloadBackups(config, this.store);
    const files = await this.runFiles(config, (message) =>
      batcher.onWarning({ callback: 'CSVLogger', category: 'UserWarning', message, hook: 'onEpochEnd', epoch: null, batch: null }),
    );
    const started = performance.now();
    const result = await train({
      config,
      ...prepared,
      sink,
      control,
      listener: batcher,
      backups,
      // A run that will restore a backup has no loss "before its first step" to report.
      ...(hasBackups(backups) ? {} : { onInitialLoss: (initialLoss) => this.post({ type: 'trainBegin', runId, initialLoss }) }),
      onBackupRestored: (restored) => {
        for (const record of restored.point.history) batcher.onEpochEnd(record);
        batcher.onCallbackStates(restored.point.callbacks);
        batcher.flush();
        const { backupDir, batch, fromPrevious, checkpointId, storageRunId, point } = restored;
        this.post({ type: 'resumed', runId, from: { checkpointId, storageRunId, initialEpoch: point.initialEpoch, backup: { backupDir, epoch: point.initialEpoch, batch, fromPrevious } } });
      },
      files: { existing: files.existing, written: (name, text) => files.persisted.written(name, text) },
      ...(resume ? { resume: resume.point } : {}),
      ...(probe ? { probe } : {}),
    });
    await files.persisted.flush();
    batcher.flush();
    this.post({ type: 'done', runId, summary: runSummary(result, started) });
  }

  /**
   * The files the stack's CSVLoggers with `append=True` add to, as stored by
   * earlier runs (Keras reads the file on disk), and where the run's files are kept as they grow.
   */
  private async runFiles(config: RunConfig, onFailure: (message: string) => void): Promise<{ existing: Record<string, string>; persisted: PersistedFiles }> {
    const persisted = new PersistedFiles(this.textFiles, onFailure);
    const appending = config.callbacks.flatMap((spec) => (spec.type === 'CSVLogger' && spec.enabled !== false && spec.params.append === true ? [spec.params.filename] : []));
    if (appending.length === 0) return { existing: {}, persisted };
    try {
      return { existing: await (await this.textFiles()).read(appending), persisted };
    } catch (error) {
      onFailure(`the stored ${appending.join(', ')} could not be read (${messageOf(error)}): appending to an empty file`);
      return { existing: {}, persisted };
    }
  }

  /** The run built before the click when it is this one's (never for a resumed run, and never touched by the warm-up); else a new one. */
  private preparedFor(runId: number, config: RunConfig, backend: BackendRequest, resumed: boolean): PreparedRun {
    if (runId === WARM_UP_RUN_ID) return prepareRun(config);
    return this.prebuilt.take(resumed ? null : prebuiltKey(config, backend)) ?? prepareRun(config);
  }

  /** For two features and classes: sends the points once and returns the probe that predicts the grid between epochs. */
  private boundaryProbe(runId: number, data: PreparedRun['data'], batcher: ProgressBatcher): BoundaryProbe | null {
    if (!hasBoundary(data)) return null;
    const boundary = boundaryData(data);
    this.post({ type: 'boundaryData', runId, data: boundary });
    return new BoundaryProbe(boundary, (frame) => batcher.onBoundary(frame));
  }

  /** For classification with validation rows: sends the classes and grid images once and returns the probe that predicts them. */
  private classProbe(runId: number, data: PreparedRun['data'], batcher: ProgressBatcher): ClassProbe | null {
    const samples = classSamples(data);
    if (!samples) return null;
    this.post({ type: 'classSamples', runId, samples });
    return new ClassProbe(data, samples, (frame) => batcher.onClassFrame(frame));
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
      await readyDataset(parsed.value.dataset);
      const backend = await this.chooseBackend(message.backend, parsed.value);
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
