/**
 * The messages between the page and the training worker. The page may
 * import only this file and `client.ts` from src/training; nothing here
 * touches tfjs.
 *
 * Epoch logs travel as columns of a Float64Array (one group per run of
 * epochs with the same log keys), so a fast model sends few, small messages.
 */
import type { CallbackEvent, CallbackMessage, CallbackWarning, StopRequest } from '../callbacks';
import type { BoundaryData, BoundaryFrame } from './boundaryProtocol';
import type { ClassFrame, ClassSamples } from './classesProtocol';
import type { CheckpointActivity, RestoredCheckpoint, ResumedFrom, RunOptions } from './checkpointProtocol';
import type { CallbackStates } from './resumePoint';
import type { RangeTestCurve } from '../callbacks/rangeTest/rangeTestCurve';
import type { RangeTestSettings } from '../callbacks/rangeTest/rangeTestSettings';

export type { CallbackStates } from './resumePoint';

export type { BoundaryData, BoundaryExtent, BoundaryFrame, BoundaryPointSet } from './boundaryProtocol';

export type { ClassFrame, ClassSamples } from './classesProtocol';

export type { CheckpointActivity, QuotaPolicy, RestoredCheckpoint, ResumedFrom, RunOptions } from './checkpointProtocol';

export const BACKEND_NAMES = ['webgpu', 'webgl', 'wasm', 'cpu'] as const;
export type BackendName = (typeof BACKEND_NAMES)[number];
export type BackendRequest = 'auto' | BackendName;

export function isBackendRequest(value: string | null): value is BackendRequest {
  return value === 'auto' || (BACKEND_NAMES as readonly string[]).includes(value ?? '');
}

/** One candidate of `auto`'s measurement: its estimated milliseconds an epoch, or why it was not timed. */
export interface BackendTiming {
  name: BackendName;
  msPerEpoch: number | null;
  /** Why it has no time (unusable, a software adapter, failed to start), or null. */
  note: string | null;
}

/** Timed candidates fastest first, then the others in the order given. */
export function rankTimings(timings: readonly BackendTiming[]): BackendTiming[] {
  const timed = timings.filter((timing) => timing.msPerEpoch !== null).sort((a, b) => (a.msPerEpoch as number) - (b.msPerEpoch as number));
  return [...timed, ...timings.filter((timing) => timing.msPerEpoch === null)];
}

export function formatMs(ms: number): string {
  if (ms >= 10_000) return `${(ms / 1000).toFixed(0)} s`;
  if (ms >= 1000) return `${(ms / 1000).toFixed(1)} s`;
  return `${ms >= 10 ? Math.round(ms) : ms.toFixed(1)} ms`;
}

/** "wasm: 31 ms an epoch; cpu 45 ms" (the timed ones only; the chosen one first). */
export function timingLine(chosen: BackendName, timings: readonly BackendTiming[]): string {
  const ranked = rankTimings(timings).filter((timing) => timing.msPerEpoch !== null);
  const first = ranked.find((timing) => timing.name === chosen);
  const others = ranked.filter((timing) => timing.name !== chosen).map((timing) => `${timing.name} ${formatMs(timing.msPerEpoch as number)}`);
  const head = first ? `${chosen}: ${formatMs(first.msPerEpoch as number)} an epoch` : chosen;
  return [head, ...others].join('; ');
}

export interface BackendInfo {
  name: BackendName;
  requested: BackendRequest;
  /** Why this backend runs, and why the ones before it in the order did not. */
  reason: string;
  /** `auto` by measurement: every candidate's time or why it has none, fastest first; and whether it was timed now or read from the cache. */
  timings?: BackendTiming[];
  measured?: 'now' | 'cached';
}

/** Consecutive epochs that share log keys: `values[row * keys.length + column]`. */
export interface EpochColumns {
  epochs: Int32Array;
  keys: string[];
  values: Float64Array;
  lrDuring: Float64Array;
  lrAfter: Float64Array;
  seconds: Float64Array;
  tensors: Int32Array;
}

export interface RunProgress {
  epoch: number;
  batch: number;
  steps: number;
  samplesPerSecond: number;
  learningRate: number;
}

export interface RunFailure {
  callback: string | null;
  hook: string | null;
  epoch: number | null;
  batch: number | null;
  message: string;
  line: number | null;
}

/**
 * The loss of the model as built, before its first optimizer step: on the
 * training data, and `val_loss` on the validation data when there is any.
 * Runs with the same seed, data and model start from the same value.
 */
export interface InitialLoss {
  loss: number;
  val_loss?: number;
}

/** The final model on the held-out test set: `loss` and the metric, over `samples` rows. */
export interface TestEvaluation {
  logs: Record<string, number>;
  samples: number;
}

/** A dataset fetched for the run (the MNIST asset, on its first use in a worker): its compressed bytes and the time to decoded data. */
export interface DataLoad {
  name: string;
  bytes: number;
  milliseconds: number;
}

/** A range test's curve, and the backend it ran on. */
export interface RangeTestOutcome {
  curve: RangeTestCurve;
  backend: BackendInfo;
}

export interface RunSummary {
  epochsRun: number;
  stopped: StopRequest | null;
  failure: RunFailure | null;
  test: TestEvaluation | null;
  files: Record<string, string>;
  tensorsAfterRun: number;
  /** From the worker's start of training to the run's end: the loss before the first step and the test set's evaluation included. */
  seconds: number;
  /**
   * Of those, what Keras's `fit` would span: from `onTrainBegin` to
   * `onTrainEnd`, and waiting for the checkpoints it asked for. Not the loss
   * before the first step, the confusion matrix or the test set's
   * evaluation, which a tutorial's `fit` leaves out. Absent for a stacked run.
   */
  fitSeconds?: number;
}

export type ControlCommand = 'pause' | 'resume' | 'stop' | 'setLearningRate';

export type PageToWorker =
  | { type: 'start'; runId: number; config: unknown; backend: BackendRequest; options?: RunOptions }
  /** Variants that share data, architecture and fit settings, trained as one stacked model (DESIGN.md §7); each answers under its own runId. */
  | { type: 'startStack'; runIds: number[]; configs: unknown[]; backend: BackendRequest; options?: Pick<RunOptions, 'progressIntervalMs'> }
  | { type: 'pause'; runId: number }
  | { type: 'resume'; runId: number }
  | { type: 'stop'; runId: number }
  | { type: 'setLearningRate'; runId: number; value: number }
  | { type: 'ping'; id: number }
  /** Loads a stored checkpoint into a model built from its config and evaluates it; answered by `restored`. */
  | { type: 'restoreCheckpoint'; requestId: number; id: string; backend: BackendRequest }
  /**
   * Gets a worker ready for `config` while the page is idle, telling the page nothing: starts the backend, trains a
   * few epochs without callbacks once per worker (warmUp.ts), then builds the run's data and model for a start with
   * the same config (prebuiltRun.ts). A start stops it; during a run it is ignored.
   */
  | { type: 'warmUp'; config: unknown; backend: BackendRequest; id?: number }
  /** Times `auto`'s candidates on this config's model and caches the result, so the next Train starts at once; ignored during a run. */
  | { type: 'measureBackends'; config: unknown }
  /** Loads the backend now, before a request that will need it (the pointer is on "Find a learning rate"); answers nothing. */
  | { type: 'prepare'; backend: BackendRequest }
  /** The learning-rate range test on a fresh copy of `config`'s model (DESIGN.md §8); answered by `rangeTested`. */
  | { type: 'rangeTest'; requestId: number; config: unknown; backend: BackendRequest; settings: RangeTestSettings };

export type WorkerToPage =
  | { type: 'backend'; runId: number; backend: BackendInfo }
  | { type: 'dataLoaded'; runId: number; load: DataLoad }
  | {
      type: 'progress';
      runId: number;
      epochs: EpochColumns[];
      progress: RunProgress | null;
      events: CallbackEvent[];
      warnings: CallbackWarning[];
      messages: CallbackMessage[];
      /** The latest decision-boundary grid, when one was predicted since the last message (its buffer is transferred). */
      boundary?: BoundaryFrame;
      /** The newest predictions of the shown validation images; at the end, with the confusion matrix. */
      classFrame?: ClassFrame;
      /** Each callback's state after the newest epoch (best, wait, cooldown …), keyed `callbacks[i]`. */
      callbackStates?: CallbackStates;
      /** Checkpoints written, or not written, since the last message, in order. */
      checkpoints?: CheckpointActivity[];
    }
  /** Sent once before training when the data has two features and classes: the points the boundary is drawn under. */
  | { type: 'boundaryData'; runId: number; data: BoundaryData }
  /** Sent once before training for a classification run with validation rows: the classes and the images the grid shows. */
  | { type: 'classSamples'; runId: number; samples: ClassSamples }
  /** Sent once before the first epoch of a fresh run (not a resumed one). */
  | { type: 'trainBegin'; runId: number; initialLoss: InitialLoss }
  | { type: 'ack'; runId: number; command: ControlCommand }
  | { type: 'done'; runId: number; summary: RunSummary }
  /** The run could not start: an invalid config, unusable data, no backend. */
  | { type: 'error'; runId: number; message: string }
  | { type: 'pong'; id: number }
  /** The run of the `warmUp` with this id is built: a start with its config goes straight to training. */
  | { type: 'prepared'; id: number }
  /** Sent before the first epoch of a resumed run, after its stored history went out as progress. */
  | { type: 'resumed'; runId: number; from: ResumedFrom }
  | { type: 'restored'; requestId: number; result: { ok: true; checkpoint: RestoredCheckpoint } | { ok: false; message: string } }
  | { type: 'rangeTested'; requestId: number; result: ({ ok: true } & RangeTestOutcome) | { ok: false; message: string } };

/** Reads the epochs of a progress message back as one log object per epoch. */
export interface EpochRow {
  epoch: number;
  logs: Record<string, number>;
  lrDuring: number;
  lrAfter: number;
  seconds: number;
  tensors: number;
}

export function epochRows(columns: EpochColumns): EpochRow[] {
  const rows: EpochRow[] = [];
  for (let row = 0; row < columns.epochs.length; row++) {
    const logs: Record<string, number> = {};
    columns.keys.forEach((key, column) => {
      logs[key] = columns.values[row * columns.keys.length + column] as number;
    });
    rows.push({
      epoch: columns.epochs[row] as number,
      logs,
      lrDuring: columns.lrDuring[row] as number,
      lrAfter: columns.lrAfter[row] as number,
      seconds: columns.seconds[row] as number,
      tensors: columns.tensors[row] as number,
    });
  }
  return rows;
}
