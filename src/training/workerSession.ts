/**
 * What the training worker does with each message from the page: one run
 * at a time; a new start stops the previous run and frees its model. Kept
 * apart from the worker's globals so the same code can run in-process.
 */
import * as tf from '@tensorflow/tfjs';
import { problemsToText } from '../config/parseResult';
import { parseRunConfig } from '../config/runConfig';
import { selectBackend, type BackendEnvironment } from './backend';
import { MemoryCheckpointSink, type CheckpointSink } from './checkpointSink';
import type { CompiledModel } from './model';
import { prepareRun } from './prepareRun';
import { ProgressBatcher, type Timer } from './progressBatcher';
import type { BackendInfo, BackendRequest, PageToWorker, WorkerToPage } from './protocol';
import { RunControl } from './runControl';
import { train } from './trainer';

interface ActiveRun {
  runId: number;
  control: RunControl;
  finished: Promise<void>;
}

export class WorkerSession {
  private backend: BackendInfo | null = null;
  private active: ActiveRun | null = null;
  private model: CompiledModel | null = null;

  constructor(
    private readonly post: (message: WorkerToPage) => void,
    private readonly environment: BackendEnvironment,
    private readonly timer: Timer,
    private readonly sink: CheckpointSink = new MemoryCheckpointSink(),
  ) {}

  handle(message: PageToWorker): void {
    switch (message.type) {
      case 'ping':
        this.post({ type: 'pong', id: message.id });
        return;
      case 'start':
        void this.start(message.runId, message.config, message.backend);
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
    if (!run || run.runId !== message.runId) return;
    if (message.type === 'pause') run.control.pause();
    else if (message.type === 'resume') run.control.resume();
    else if (message.type === 'stop') run.control.stop();
    else run.control.requestLearningRate(message.value);
    this.post({ type: 'ack', runId: message.runId, command: message.type });
  }

  private async chooseBackend(request: BackendRequest): Promise<BackendInfo> {
    if (this.backend?.requested !== request) this.backend = await selectBackend(request, this.environment);
    return this.backend;
  }

  private async start(runId: number, rawConfig: unknown, backendRequest: BackendRequest): Promise<void> {
    const previous = this.active;
    if (previous) {
      previous.control.stop();
      await previous.finished;
    }
    const control = new RunControl();
    let finish = (): void => {};
    const finished = new Promise<void>((resolve) => (finish = resolve));
    this.active = { runId, control, finished };
    try {
      await this.run(runId, rawConfig, backendRequest, control);
    } catch (error) {
      this.post({ type: 'error', runId, message: error instanceof Error ? error.message : String(error) });
    } finally {
      if (this.active?.runId === runId) this.active = null;
      finish();
    }
  }

  private async run(runId: number, rawConfig: unknown, backendRequest: BackendRequest, control: RunControl): Promise<void> {
    const parsed = parseRunConfig(rawConfig);
    if (!parsed.ok) throw new Error(`invalid run config:\n${problemsToText(parsed.problems)}`);
    const config = parsed.value;
    const backend = await this.chooseBackend(backendRequest);
    this.post({ type: 'backend', runId, backend });
    this.model?.dispose();
    this.model = null;
    const prepared = prepareRun(config);
    this.model = prepared.compiled;
    const batcher = new ProgressBatcher(runId, this.post, this.timer);
    const started = performance.now();
    const result = await train({ config, ...prepared, sink: this.sink, control, listener: batcher });
    batcher.flush();
    this.post({
      type: 'done',
      runId,
      summary: {
        epochsRun: result.epochsRun,
        stopped: result.stopped,
        failure: result.failure,
        files: result.files,
        tensorsAfterRun: tf.memory().numTensors,
        seconds: (performance.now() - started) / 1000,
      },
    });
  }
}
