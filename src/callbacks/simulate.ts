/**
 * Runs a callback stack over a recorded run, with no model: the engine
 * behind the `simulate` CLI, the parity tests and the page's dry-run
 * preview. The loop follows Keras's `Trainer.fit`: train begin; per epoch,
 * epoch begin, the batches (stopping after a batch that asked to stop),
 * epoch end (always), then stop if asked; train end, unless a callback
 * raised.
 *
 * Weights are stood in for by markers: the epoch whose end-of-epoch weights
 * are current, `[epoch, batch]` mid-epoch, or `'initial'`.
 */
import { CallbackHost } from './callbackHost';
import { CallbackFailure, CallbackList } from './callbackList';
import { createCallback, type CallbackSpec } from './createCallback';
import type { PythonErrorType } from './errors';
import { logsForEpoch, type ValidationFreq } from './validationFreq';
import type {
  BackupRequest,
  CallbackEvent,
  CallbackMessage,
  CallbackWarning,
  CheckpointRequest,
  CompiledMetric,
  Logs,
  TextWriteRequest,
  TrainingPort,
  WeightArray,
  WeightsSnapshot,
} from './types';

export interface SimulationInput {
  initialLr: number;
  callbacks: readonly CallbackSpec[];
  epochs: readonly Logs[];
  batchLogs?: readonly (readonly Logs[])[] | undefined;
  metrics?: readonly CompiledMetric[] | undefined;
  /** `fit(validation_freq=...)`: the recorded `val_` logs reach callbacks only on the epochs fit validates. */
  validationFreq?: ValidationFreq | undefined;
}

export type WeightsMarker = number | [number, number] | 'initial';

export interface SimulatedCheckpoint {
  epoch: number;
  batch: number | null;
  name: string;
  value: number | null;
  kind: 'model' | 'weights';
}

export interface SimulationError {
  callback: string;
  type: PythonErrorType;
  hook: string;
  epoch: number | null;
  batch: number | null;
  message: string;
  line: number | null;
}

export interface SimulationOutput {
  lrDuring: number[];
  lrAfter: number[];
  stopped: { epoch: number | null; batch: number | null; by: string } | null;
  checkpoints: SimulatedCheckpoint[];
  restoredFromEpoch: WeightsMarker | null;
  events: CallbackEvent[];
  warnings: CallbackWarning[];
  messages: CallbackMessage[];
  error: SimulationError | null;
  epochsRun: number;
  batchesRun: number[];
  history: Record<string, number[]>;
  files: Record<string, string>;
}

/** The training port over recorded logs: a float32 learning rate, weight markers, files in memory. */
class RecordedRunPort implements TrainingPort {
  weights: WeightsMarker = 'initial';
  readonly checkpoints: SimulatedCheckpoint[] = [];
  readonly restored: WeightsMarker[] = [];
  readonly files = new Map<string, string>();
  readonly backups = new Map<string, BackupRequest>();
  private learningRate: number;

  constructor(initialLr: number) {
    this.learningRate = Math.fround(initialLr);
  }

  getLearningRate(): number {
    return this.learningRate;
  }
  setLearningRate(value: number): void {
    this.learningRate = Math.fround(value);
  }
  snapshotWeights(): WeightsMarker {
    return this.weights;
  }
  restoreWeights(snapshot: WeightsSnapshot): void {
    this.weights = snapshot as WeightsMarker;
    this.restored.push(this.weights);
  }
  releaseWeights(): void {}
  saveCheckpoint(request: CheckpointRequest): void {
    const { epoch, batch, name, value } = request;
    this.checkpoints.push({ epoch, batch, name, value, kind: request.weightsOnly ? 'weights' : 'model' });
  }
  readText(filename: string): string | null {
    return this.files.get(filename) ?? null;
  }
  writeText({ filename, text, append }: TextWriteRequest): void {
    this.files.set(filename, (append ? (this.files.get(filename) ?? '') : '') + text);
  }
  /** A recorded run has no optimizer and runs no validation: SwapEMAWeights's swaps change nothing it reports. */
  swapEmaWeights(): void {}
  finalizeEmaValues(): void {}
  /** A recorded run has no model: no weights to read, and any list may be set. */
  getWeights(): WeightArray[] {
    return [];
  }
  setWeights(): void {}
  /** Backups live as long as the simulation; each simulation starts with none, as a first `fit` does. */
  saveBackup(request: BackupRequest): void {
    this.backups.set(request.backupDir, request);
  }
  restoreBackup(): null {
    return null;
  }
  deleteBackup(backupDir: string): void {
    this.backups.delete(backupDir);
  }
}

/** Throws a KerasError or UserCodeError when a callback cannot be built from its spec. */
export function simulate(input: SimulationInput): SimulationOutput {
  const port = new RecordedRunPort(input.initialLr);
  const host = new CallbackHost(port, input.metrics ?? []);
  const callbacks = input.callbacks.map((spec, index) => createCallback(spec, `callbacks[${index}]`));
  const list = new CallbackList(callbacks, host, {
    epochs: input.epochs.length,
    steps: input.batchLogs?.[0]?.length,
  });
  const lrDuring: number[] = [];
  const lrAfter: number[] = [];
  const batchesRun: number[] = [];
  let epochsRun = 0;
  let error: SimulationError | null = null;

  try {
    list.onTrainBegin();
    let lastLogs: Logs | undefined;
    for (let epoch = 0; epoch < input.epochs.length; epoch++) {
      list.onEpochBegin(epoch);
      lrDuring.push(port.getLearningRate());
      batchesRun.push(0);
      let stoppedAtBatch: number | null = null;
      for (const [batch, logs] of (input.batchLogs?.[epoch] ?? []).entries()) {
        list.onTrainBatchBegin(batch);
        list.onTrainBatchEnd(batch, logs);
        batchesRun[epoch] = batch + 1;
        port.weights = [epoch, batch];
        if (host.stopTraining) {
          stoppedAtBatch = batch;
          break;
        }
      }
      port.weights = stoppedAtBatch === null ? epoch : [epoch, stoppedAtBatch];
      const recorded = input.epochs[epoch] ?? {};
      lastLogs = input.validationFreq === undefined ? recorded : logsForEpoch(recorded, epoch, input.validationFreq);
      list.onEpochEnd(epoch, lastLogs);
      lrAfter.push(port.getLearningRate());
      epochsRun += 1;
      if (host.stopTraining) break;
    }
    list.onTrainEnd(lastLogs);
  } catch (thrown) {
    if (!(thrown instanceof CallbackFailure)) throw thrown;
    error = {
      callback: thrown.callback,
      type: thrown.cause.pythonType,
      hook: thrown.hook,
      epoch: thrown.epoch,
      batch: thrown.batch,
      message: thrown.cause.message,
      line: thrown.cause.line,
    };
  }

  return {
    lrDuring,
    lrAfter,
    stopped: host.stopRequest,
    checkpoints: port.checkpoints,
    restoredFromEpoch: port.restored.at(-1) ?? null,
    events: host.events,
    warnings: host.warnings,
    messages: host.messages,
    error,
    epochsRun,
    batchesRun,
    history: list.history.history,
    files: Object.fromEntries(port.files),
  };
}
