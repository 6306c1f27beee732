/**
 * The vocabulary the callback engine shares with whoever drives it: the
 * `simulate` CLI, the training worker, and the page's dry-run preview.
 *
 * Epochs and batches are 0-based everywhere in the engine, as Keras passes
 * them to callbacks. Messages and file names show them 1-based, as Keras does.
 */

/** Epoch or batch logs: metric name to value. Only numbers reach callbacks. */
export type Logs = Record<string, number>;

/** A compiled metric and which way is better; `mode: 'auto'` consults these. */
export interface CompiledMetric {
  name: string;
  direction: 'up' | 'down';
}

/** The 14 hooks of `keras.callbacks.Callback`, in camelCase. */
export const HOOK_NAMES = [
  'onTrainBegin',
  'onTrainEnd',
  'onEpochBegin',
  'onEpochEnd',
  'onTestBegin',
  'onTestEnd',
  'onPredictBegin',
  'onPredictEnd',
  'onTrainBatchBegin',
  'onTrainBatchEnd',
  'onTestBatchBegin',
  'onTestBatchEnd',
  'onPredictBatchBegin',
  'onPredictBatchEnd',
] as const;
export type HookName = (typeof HOOK_NAMES)[number];

/** The Python name of a hook, as Keras's messages and the parity vectors use it. */
export function pythonHookName(hook: HookName | 'constructor'): string {
  if (hook === 'constructor') return '__init__';
  return hook.replace(/[A-Z]/g, (letter) => `_${letter.toLowerCase()}`);
}

/** Where in training something happened. `batch` is null at epoch level. */
export interface Position {
  hook: HookName | 'constructor';
  epoch: number | null;
  batch: number | null;
}

export type CallbackEventKind =
  | 'lr_reduced'
  | 'lr_scheduled'
  | 'lr_set'
  | 'early_stopping'
  | 'stop_requested'
  | 'weights_restored'
  | 'checkpoint_saved'
  | 'checkpoint_not_improved'
  | 'terminated_on_nan'
  | 'csv_row'
  | 'backup_restored'
  | 'backup_damaged'
  | 'custom_marker'
  | 'custom_value';

/**
 * Something a callback did. Emitted whether or not the callback is verbose,
 * so that the page can chart it and log it. `message` is Keras's own wording.
 */
export interface CallbackEvent {
  epoch: number | null;
  batch: number | null;
  callback: string;
  kind: CallbackEventKind;
  message: string;
  /** A number that goes with the event: the new learning rate, the monitored value, a logged value. */
  value?: number;
  /** For custom values: the series name to chart it under. */
  name?: string;
}

/** A `warnings.warn` call of Keras's, with where it happened. */
export interface CallbackWarning extends Position {
  callback: string;
  category: 'UserWarning';
  message: string;
}

/** An `io_utils.print_msg` call of Keras's (printed only when `verbose > 0`). */
export interface CallbackMessage extends Position {
  callback: string;
  message: string;
}

/**
 * A callback's counters (best, wait, cooldown ...) as plain numbers, so that
 * a run resumed from a checkpoint carries on where it stopped.
 */
export type CallbackState = Record<string, number | null>;

/** ModelCheckpoint's request to the host to write a checkpoint. */
export interface CheckpointRequest {
  /** The formatted `filepath`, as Keras would have named the file. */
  name: string;
  epoch: number;
  batch: number | null;
  /** The monitored value at the time, when the logs had it. */
  value: number | null;
  monitor: string;
  weightsOnly: boolean;
}

/** CSVLogger's request to write text to a file: the whole file, or appended to it. */
export interface TextWriteRequest {
  filename: string;
  text: string;
  append: boolean;
}

/**
 * BackupAndRestore's request to back up the training state under `backupDir`
 * (Keras's `latest.weights.h5` and `training_metadata.json`): `epoch` is the
 * number of epochs finished, `batch` the last batch seen in the epoch under way.
 */
export interface BackupRequest {
  backupDir: string;
  epoch: number;
  batch: number;
  /** Keep the backup this one replaces as a second copy (`double_checkpoint`). */
  keepPrevious: boolean;
}

/** What the host put back from a backup: the epoch training resumes from, and which copy it came from. */
export interface BackupRestored {
  epoch: number;
  batch: number;
  /** True when the newest copy was damaged and the previous one was read (`double_checkpoint`). */
  fromPrevious: boolean;
  /** Why the newest copy could not be read, when it could not. */
  damaged: string | null;
}

/** A backup the host found damaged, with no second copy to fall back on: training starts fresh. */
export interface BackupUnreadable {
  damaged: string;
}

/**
 * A weight as Keras's `get_weights()` returns it: nested arrays of numbers in
 * the weight's shape (a bias is `number[]`, a dense kernel `number[][]`).
 */
export type WeightArray = number | WeightArray[];

/** An opaque handle on a copy of the model's weights, owned by the host. */
export type WeightsSnapshot = object | number | string;

/**
 * The small port through which callbacks act on training. The worker
 * implements it over a tfjs model; `simulate` implements it over recorded logs.
 */
export interface TrainingPort {
  /** The optimizer's learning rate, as the float32 value the optimizer holds. */
  getLearningRate(): number;
  /** Sets the optimizer's learning rate; the host stores it as float32. */
  setLearningRate(value: number): void;
  /** A copy of the current weights; the caller releases it when done. */
  snapshotWeights(): WeightsSnapshot;
  restoreWeights(snapshot: WeightsSnapshot): void;
  releaseWeights(snapshot: WeightsSnapshot): void;
  saveCheckpoint(request: CheckpointRequest): void;
  /** The current text of a file the host keeps, or null when there is none. */
  readText(filename: string): string | null;
  writeText(request: TextWriteRequest): void;
  /**
   * Swaps the model's weights with the optimizer's moving averages, in place
   * (SwapEMAWeights); throws Keras's ValueError when the optimizer has none (`use_ema=False`).
   */
  swapEmaWeights(): void;
  /** The moving averages take the model's weights (SwapEMAWeights's `_finalize_ema_values`). */
  finalizeEmaValues(): void;
  /** Keras's `model.get_weights()`: every weight's values now, in the model's order. */
  getWeights(): WeightArray[];
  /** Keras's `model.set_weights(weights)`; throws Keras's ValueError for a wrong count or shape. */
  setWeights(weights: readonly unknown[]): void;
  /** Backs the training state up (weights, optimizer, learning rate, callback states, history) under `request.backupDir`. */
  saveBackup(request: BackupRequest): void;
  /**
   * Puts back the state backed up under `backupDir`, and has training resume
   * at its epoch; null when there is no backup, `{damaged}` when it cannot be read.
   */
  restoreBackup(backupDir: string): BackupRestored | BackupUnreadable | null;
  /** Removes the backup under `backupDir` once training has ended (the host decides when that is). */
  deleteBackup(backupDir: string): void;
}
