/**
 * The training loop: our own, not tfjs's `fit` with tfjs callbacks
 * (DESIGN.md §6), calling the callback stack where Keras 3's `Trainer.fit`
 * does (`keras/src/trainers/trainer.py`, the TensorFlow trainer's `fit` and
 * `evaluate`): train begin; per epoch, epoch begin, the batches (stopping
 * after a batch that asked to stop), validation through the test hooks,
 * epoch end; train end, unless a callback raised.
 *
 * Logs are Keras's: running means over the epoch so far, weighted by batch
 * size, under `loss` and the metric's name, with `val_` twins. They are
 * summed on the device and read asynchronously, at most once a batch: a
 * batch's running values only when a callback overrides a batch hook, and
 * the end of an epoch in one read that carries the training logs, the
 * validation logs (computed on the device before the last batch's hook,
 * and recomputed if a hook restored weights meanwhile) and, when a
 * ModelCheckpoint may save, the weights it would read.
 *
 * Differs from Keras: a Stop from the page ends the run at the next batch
 * boundary without finishing that epoch (no `onEpochEnd` for it), then
 * `onTrainEnd` runs, so EarlyStopping still restores its best weights.
 */
import * as tf from '@tensorflow/tfjs';
import { Callback, CallbackFailure, CallbackHost, CallbackList, createCallback, History, type CallbackHostListener, type Logs, type StopRequest } from '../callbacks';
import { ProgbarLogger } from '../callbacks/progbarLogger';
import { shouldValidate } from '../callbacks/validationFreq';
import { asKerasError } from '../callbacks/errors';
import { learningRateNotSettable } from '../callbacks/schedules';
import type { RunConfig } from '../config/runConfig';
import type { CheckpointSink } from './checkpointSink';
import type { SplitDataset } from './datasets/split';
import { measureInitialLoss } from './initialLoss';
import { mulberry32, permutation, subSeed } from './datasets/prng';
import { macrotaskClock, type TrainingClock } from './clock';
import { evaluateHeldOut, evaluateStep, evaluationSums } from './evaluation';
import type { CompiledModel } from './model';
import { predict } from './predict';
import { RideAlongReads } from './rideAlongReads';
import type { InitialLoss, RunFailure, RunProgress, TestEvaluation } from './protocol';
import { createModelPort, ScheduledModelPort } from './scheduledRate';
import { EncodedHistory } from './encodedHistory';
import { encodeResumePoint, type CallbackStates, type ResumePoint } from './resumePoint';
import type { RunControl } from './runControl';
import { SEED_PURPOSE } from './seeds';
import { flatTrainingState } from './trainingState';
import { classWeightsToSampleWeights } from './classWeights';
import { explainMemory } from './memoryFailure';
import { trainStep, weightedTrainStep } from './trainStep';
import type { PreloadedBackups, RestoredBackup } from './backups';

export interface EpochRecord {
  epoch: number;
  logs: Logs;
  /** The learning rate while the epoch trained, and after its `onEpochEnd`. */
  lrDuring: number;
  lrAfter: number;
  seconds: number;
  /** `tf.memory().numTensors` after the epoch: flat from epoch 2 on when nothing leaks. */
  tensors: number;
}

export type BatchProgress = RunProgress;

export interface TrainerListener extends CallbackHostListener {
  onEpochEnd?(record: EpochRecord): void;
  /** Each callback's state after an epoch, for the page to explain what it is about to do. */
  onCallbackStates?(states: CallbackStates): void;
  onProgress?(progress: BatchProgress): void;
}

export type TrainingFailure = RunFailure;

export interface TrainingResult {
  epochsRun: number;
  stopped: StopRequest | null;
  failure: TrainingFailure | null;
  history: Record<string, number[]>;
  files: Record<string, string>;
  /** The final model (best weights restored, if a callback did) on the held-out test set; null without one or after a failure. */
  test: TestEvaluation | null;
  /** What Keras's `fit` would span (RunSummary's `fitSeconds`): `onTrainBegin` to `onTrainEnd`, and waiting for the saves. */
  fitSeconds: number;
}

export interface TrainingRun {
  config: RunConfig;
  data: SplitDataset;
  compiled: CompiledModel;
  sink: CheckpointSink;
  control: RunControl;
  listener?: TrainerListener;
  clock?: TrainingClock;
  /** How long the loop may run before it yields a macrotask. */
  yieldIntervalMs?: number;
  /** When given, a fresh run evaluates its model before the first step and reports it here. */
  onInitialLoss?: (initialLoss: InitialLoss) => void;
  /** The initial loss already being read, for this very model untrained (prebuiltRun.ts); else the run reads it. */
  initialLoss?: Promise<InitialLoss>;
  /** Carry on from a checkpoint: the model already holds its weights. */
  resume?: ResumePoint;
  /** Backups read from storage for the stack's BackupAndRestore, by `backup_dir`. */
  backups?: PreloadedBackups;
  /** BackupAndRestore put a backup back in `onTrainBegin`: training resumes from its epoch, with its history. */
  onBackupRestored?: (restored: RestoredBackup) => void;
  /** Text files as an earlier run left them (CSVLogger with `append=True` reads them), and where their new text goes. */
  files?: { existing: Record<string, string>; written: (name: string, text: string) => void };
  /** Predicts between epochs (the decision boundary), through the stack's predict hooks. */
  probe?: EpochProbe;
}

/**
 * Predicts `rows` inputs (rows × features) with the model as it is now (its
 * predict hooks run at once, and throw at once); resolves with the rows ×
 * outputs values when the loop next reads.
 */
export type Predictor = (x: Float32Array, rows: number) => Promise<Float32Array>;

export interface EpochProbe {
  afterEpoch(epoch: number, predict: Predictor): void;
  /** After `onTrainEnd`, so it sees the weights the run ends with. */
  afterTrain(lastEpoch: number, predict: Predictor): Promise<void>;
}

/** Keras's `predict` batches by 32; a grid of a few thousand points goes in a few batches instead, so drawing costs training little. */
const PROBE_BATCH_SIZE = 512;

interface EpochEndRead {
  train: Logs;
  validation: Logs | null;
  /** `weightsRestores` of the port when the values were computed. */
  restores: number;
}

interface LabelledCallback {
  label: string;
  callback: Callback;
}

function callbackStates(callbacks: readonly LabelledCallback[]): CallbackStates {
  const states: CallbackStates = {};
  for (const { label, callback } of callbacks) {
    const state = callback.getState();
    if (state !== null) states[label] = { type: callback.kerasName, state };
  }
  return states;
}

/** Puts each callback's state back, when the callback at that place is still of the same type. */
function restoreCallbackStates(callbacks: readonly LabelledCallback[], states: CallbackStates): void {
  for (const { label, callback } of callbacks) {
    const saved = states[label];
    if (saved && saved.type === callback.kerasName) callback.setState(saved.state);
  }
}

const DEFAULT_YIELD_INTERVAL_MS = 20;

/** The training rows (and their class weights) in the epoch's order. */
function shuffledRows<T extends tf.Tensor[]>(order: Int32Array, ...tensors: T): T {
  const indices = tf.tensor1d(order, 'int32');
  const rows = tf.tidy(() => tensors.map((tensor) => tf.gather(tensor, indices)));
  indices.dispose();
  return rows as T;
}

/** Keras's Mean metric weighted by `class_weight`: the weight of the rows seen so far, read on the host. */
function weightOf(weights: Float32Array, order: Int32Array | null, start: number, size: number): number {
  let total = 0;
  for (let index = start; index < start + size; index++) total += weights[order ? (order[index] as number) : index] as number;
  return total;
}

export function failureFrom(thrown: unknown): TrainingFailure {
  if (thrown instanceof CallbackFailure) {
    return {
      callback: thrown.callback,
      hook: thrown.hook,
      epoch: thrown.epoch,
      batch: thrown.batch,
      message: thrown.cause.message,
      line: thrown.cause.line,
    };
  }
  const message = explainMemory(thrown instanceof Error ? thrown.message : String(thrown));
  return { callback: null, hook: null, epoch: null, batch: null, message, line: null };
}

export async function train(run: TrainingRun): Promise<TrainingResult> {
  const { config, data, compiled, control, listener = {} } = run;
  const yieldInterval = run.yieldIntervalMs ?? DEFAULT_YIELD_INTERVAL_MS;
  const { batchSize, epochs } = config.fit;
  const metricName = compiled.metric.name;
  const steps = Math.ceil(data.train.rows / batchSize);
  const port = createModelPort(compiled, run.sink, config.optimizer, run.resume?.learningRate);
  const scheduled = port instanceof ScheduledModelPort ? port : null;
  if (run.backups) port.useBackups(run.backups);
  if (run.files) {
    for (const [name, text] of Object.entries(run.files.existing)) port.files.set(name, text);
    port.onFileWritten = run.files.written;
  }
  const host = new CallbackHost(port, [compiled.metric], listener);
  const result: TrainingResult = { epochsRun: 0, stopped: null, failure: null, history: {}, files: {}, test: null, fitSeconds: 0 };

  const recorder = new EpochLogRecorder();
  const clock = run.clock ?? macrotaskClock();
  let list: CallbackList;
  let labelled: LabelledCallback[];
  try {
    const enabled = config.callbacks.filter((spec) => spec.enabled !== false);
    labelled = enabled.map((spec) => {
      const label = `callbacks[${config.callbacks.indexOf(spec)}]`;
      return { label, callback: createCallback(spec, label) };
    });
    // Keras's fit appends History, then ProgbarLogger: it prints the logs every callback before it left.
    const progbar = new ProgbarLogger({ verbose: config.fit.verbose, now: () => clock.now() });
    list = new CallbackList([...labelled.map((entry) => entry.callback), recorder, new History(), progbar], host, { epochs, steps, verbose: config.fit.verbose });
  } catch (thrown) {
    const error = asKerasError(thrown);
    result.failure = { callback: null, hook: 'constructor', epoch: null, batch: null, message: error.message, line: error.line };
    port.dispose();
    if (clock !== run.clock) clock.close?.();
    return result;
  }

  const reads = new RideAlongReads();
  const predictOn: Predictor = (x, rows) => reads.ride(predict(compiled, list, x, rows, PROBE_BATCH_SIZE));
  const readBatchLogs = list.overrides('onTrainBatchEnd');
  const readTestBatchLogs = list.overrides('onTestBatchEnd');
  const features = data.features;
  const xTrain = tf.tensor2d(data.train.x, [data.train.rows, features]);
  const yTrain = tf.tensor2d(data.train.y, [data.train.rows, data.outputs]);
  // Keras's class_weight weighs the training rows only; validation stays unweighted.
  const sampleWeights = config.fit.classWeight ? classWeightsToSampleWeights(data.train.y, data.train.rows, data.outputs, config.fit.classWeight) : null;
  const wTrain = sampleWeights ? tf.tensor1d(sampleWeights) : null;
  const validation = data.validation
    ? {
        x: tf.tensor2d(data.validation.x, [data.validation.rows, features]),
        y: tf.tensor2d(data.validation.y, [data.validation.rows, data.outputs]),
        rows: data.validation.rows,
      }
    : null;
  const shuffle = mulberry32(subSeed(config.fit.seed, SEED_PURPOSE.shuffle));
  let firstEpoch = run.resume?.initialEpoch ?? config.fit.initialEpoch;
  // Keras's initial_epoch only numbers the epochs: a fresh run's optimizer and data start from step 0.
  const epochsTrainedBefore = (): number => Math.max(0, firstEpoch - config.fit.initialEpoch);
  let step = epochsTrainedBefore() * steps;
  let lastYield = clock.now();
  let history = new EncodedHistory(run.resume?.history);
  const resumeAt = (initialEpoch: number) =>
    encodeResumePoint({ initialEpoch, learningRate: port.getLearningRate(), callbacks: callbackStates(labelled), step }, history.encoded());
  /** BackupAndRestore's onTrainBegin put a backup back: go on from its epoch (Keras's `self._initial_epoch or initial_epoch`), steps, callbacks and history. */
  const resumeFromBackup = (): void => {
    const restored = port.takeRestoredBackup();
    if (!restored) return;
    const { point } = restored;
    firstEpoch = point.initialEpoch || firstEpoch;
    step = point.step ?? epochsTrainedBefore() * steps;
    history = new EncodedHistory(point.history);
    restoreCallbackStates(labelled, point.callbacks);
    run.onBackupRestored?.(restored);
  };
  let interrupted = false;

  // The metric's divisor is the weight seen (Keras's Mean metric, `divide_no_nan`); without class weights, the rows.
  const metricMean = (sum: number, weight: number): number => (weight === 0 ? 0 : sum / weight);

  const logsFrom = async (sums: tf.Tensor1D, seen: number, metricWeight = seen): Promise<Logs> => {
    const [loss, metric] = await reads.read(sums);
    return { loss: (loss as number) / seen, [metricName]: metricMean(metric as number, metricWeight) };
  };

  const meansOf = (values: Float32Array | Int32Array | Uint8Array, offset: number, seen: number, metricWeight = seen): Logs => ({
    loss: (values[offset] as number) / seen,
    [metricName]: metricMean(values[offset + 1] as number, metricWeight),
  });

  const validationSums = (set: NonNullable<typeof validation>): tf.Tensor1D => evaluationSums(compiled, set.x, set.y, set.rows, batchSize);

  /** The loss before the first step, on the training and the validation rows, in one read. */
  const readInitialLoss = (): Promise<InitialLoss> => measureInitialLoss(compiled, { x: xTrain, y: yTrain, rows: data.train.rows }, validation, batchSize);

  // The validation logs can ride in the end-of-epoch read unless a test batch hook wants them batch by batch,
  // or onTestBegin may change the weights first (SwapEMAWeights puts the EMA weights in).
  const validationRides = validation !== null && !readTestBatchLogs && !list.overrides('onTestBegin');
  // BackupAndRestore's saves read the same state as ModelCheckpoint's: both ride in the end-of-epoch read.
  const mayCheckpoint = labelled.some(({ callback }) => callback.kerasName === 'ModelCheckpoint' || callback.kerasName === 'BackupAndRestore');

  /**
   * The one read at the end of an epoch's training: its logs, the validation
   * logs, and the weights and optimizer state a checkpoint save would read,
   * all computed from the weights the last step left.
   */
  const readEpochEnd = async (sums: tf.Tensor1D, seen: number, metricWeight: number, validating: boolean): Promise<EpochEndRead> => {
    const validationInEpochRead = validationRides && validating;
    const restores = port.weightsRestores;
    const extra: tf.Tensor1D[] = [];
    if (validationInEpochRead && validation) extra.push(validationSums(validation));
    const state = mayCheckpoint ? flatTrainingState(compiled) : null;
    if (state) extra.push(state.flat);
    const packed = extra.length === 0 ? sums : tf.concat([sums, ...extra]);
    try {
      const values = await reads.read(packed);
      if (state) port.offerState(state.split(values.subarray(validationInEpochRead ? 4 : 2)));
      return {
        train: meansOf(values, 0, seen, metricWeight),
        validation: validationInEpochRead && validation ? meansOf(values, 2, validation.rows) : null,
        restores,
      };
    } finally {
      if (packed !== sums) packed.dispose();
      tf.dispose(extra);
    }
  };

  const applyRequestedRate = (): void => {
    const rate = control.takeRequestedLearningRate();
    if (rate === null) return;
    if (scheduled) {
      // The page is refused as Keras refuses a callback, but the run goes on: the request came from outside fit().
      host.warn('Page', `learning rate ${rate} not set: ${learningRateNotSettable().message}`);
      return;
    }
    port.setLearningRate(rate);
    const where = host.position.epoch === null ? '' : `Epoch ${host.position.epoch + 1}: `;
    host.emit('Page', 'lr_set', `${where}learning rate set to ${port.getLearningRate()} from the page.`, { value: port.getLearningRate() });
  };

  /** Yields when due, waits while paused, applies a rate the page set; false when the page asked to stop. */
  const betweenBatches = async (progress: () => BatchProgress): Promise<boolean> => {
    if (clock.now() - lastYield >= yieldInterval) {
      await clock.yieldToEventLoop();
      lastYield = clock.now();
      listener.onProgress?.(progress());
    }
    if (control.isPaused) {
      listener.onProgress?.(progress());
      await control.whilePaused();
      lastYield = clock.now();
    }
    applyRequestedRate();
    return !control.stopRequested;
  };

  /** Keras's validation pass with its hooks; its logs come from the end-of-epoch read when they rode in it. */
  const evaluate = async (set: NonNullable<typeof validation>, alreadyRead: Logs | null): Promise<Logs> => {
    if (alreadyRead) {
      list.onTestBegin();
      for (let batch = 0; batch * batchSize < set.rows; batch++) {
        list.onTestBatchBegin(batch);
        list.onTestBatchEnd(batch, undefined);
      }
      list.onTestEnd(alreadyRead);
      return { ...alreadyRead };
    }
    list.onTestBegin();
    let sums: tf.Tensor1D = tf.zeros([2]);
    let seen = 0;
    try {
      for (let batch = 0; batch * batchSize < set.rows; batch++) {
        const size = Math.min(batchSize, set.rows - batch * batchSize);
        list.onTestBatchBegin(batch);
        const next = evaluateStep(compiled, { x: set.x, y: set.y, start: batch * batchSize, size }, sums);
        sums.dispose();
        sums = next;
        seen += size;
        list.onTestBatchEnd(batch, readTestBatchLogs ? await logsFrom(sums, seen) : undefined);
      }
      const logs = await logsFrom(sums, seen);
      list.onTestEnd(logs);
      return logs;
    } finally {
      sums.dispose();
    }
  };

  let lastLogs: Logs | undefined;
  let fitStarted = clock.now();
  const fitEnded = (): void => {
    result.fitSeconds = (clock.now() - fitStarted) / 1000;
  };
  try {
    if (run.onInitialLoss && !run.resume) {
      // Evaluated outside the callback stack: Keras's fit has no such step, so no test hooks run for it.
      // Worked out before the click for a prebuilt run (the same untrained model): else read now.
      run.onInitialLoss(await (run.initialLoss?.catch(readInitialLoss) ?? readInitialLoss()));
    }
    fitStarted = clock.now();
    list.onTrainBegin();
    if (run.resume) restoreCallbackStates(labelled, run.resume.callbacks);
    resumeFromBackup();
    // The shuffles and dropout masks of a resumed run are those the whole run would have drawn.
    if (config.fit.shuffle) for (let skipped = 0; skipped < epochsTrainedBefore(); skipped++) permutation(data.train.rows, shuffle);
    for (let epoch = firstEpoch; epoch < epochs; epoch++) {
      const started = clock.now();
      // A rate set between epochs applies before onEpochBegin, so a scheduler still has the last word.
      applyRequestedRate();
      scheduled?.atStep(step);
      list.onEpochBegin(epoch);
      // With a schedule the rate moves every step; the epoch's is the rate at its first step.
      const lrDuring = port.getLearningRate();
      // Keras's _should_eval: on other epochs no validation runs, and the logs have no val_ keys.
      const validating = validation !== null && shouldValidate(epoch, config.fit.validationFreq);
      const order = config.fit.shuffle ? permutation(data.train.rows, shuffle) : null;
      const rows: tf.Tensor[] = wTrain ? [xTrain, yTrain, wTrain] : [xTrain, yTrain];
      const [xs, ys, ws] = (order ? shuffledRows(order, ...rows) : rows.map((tensor) => tensor.clone())) as [tf.Tensor2D, tf.Tensor2D, tf.Tensor1D?];
      let sums: tf.Tensor1D = tf.zeros([2]);
      let seen = 0;
      let weightSeen = 0;
      let stoppedByPage = false;
      let epochLogs: Logs;
      // The last values read, and the running sums they were read from.
      let lastRead: { sums: tf.Tensor1D; logs: Logs } | null = null;
      let endRead: EpochEndRead | null = null;
      try {
        const progress = (batch: number): BatchProgress => ({
          epoch,
          batch,
          steps,
          samplesPerSecond: (seen / Math.max(clock.now() - started, 1)) * 1000,
          learningRate: port.getLearningRate(),
        });
        for (let batch = 0; batch < steps; batch++) {
          if (!(await betweenBatches(() => progress(batch)))) {
            stoppedByPage = true;
            interrupted = true;
            result.stopped = { epoch, batch, by: control.stoppedBy };
            break;
          }
          const size = Math.min(batchSize, data.train.rows - batch * batchSize);
          list.onTrainBatchBegin(batch);
          port.weightsChanging();
          const slice = { x: xs, y: ys, start: batch * batchSize, size };
          const next = ws ? weightedTrainStep(compiled, slice, ws, step, sums) : trainStep(compiled, slice, step, sums);
          sums.dispose();
          sums = next;
          seen += size;
          weightSeen += sampleWeights ? weightOf(sampleWeights, order, slice.start, size) : size;
          step += 1;
          // Keras's optimizer.iterations moved on: the schedule's rate for the next step.
          scheduled?.atStep(step);
          let batchLogs: Logs | undefined;
          if (readBatchLogs) {
            if (batch === steps - 1) {
              endRead = await readEpochEnd(sums, seen, weightSeen, validating);
              batchLogs = endRead.train;
            } else {
              batchLogs = await logsFrom(sums, seen, weightSeen);
            }
            lastRead = { sums, logs: { ...batchLogs } };
          }
          list.onTrainBatchEnd(batch, batchLogs);
          // A save within an epoch resumes by training that epoch again.
          if (port.hasRequestedSaves) port.commitSaves(resumeAt(epoch));
          if (host.stopTraining) break;
        }
        if (stoppedByPage) break;
        // The last batch's read already holds the epoch's logs, unless a batch ran since.
        if (lastRead?.sums === sums) {
          epochLogs = lastRead.logs;
        } else {
          endRead = await readEpochEnd(sums, seen, weightSeen, validating);
          epochLogs = endRead.train;
        }
      } finally {
        tf.dispose([xs, ys, sums, ...(ws ? [ws] : [])]);
      }
      if (validation && validating) {
        // Computed before the last batch's hook: still right unless a hook put other weights in since.
        const precomputed = endRead?.validation && endRead.restores === port.weightsRestores ? endRead.validation : null;
        const validationLogs = await evaluate(validation, precomputed);
        for (const [key, value] of Object.entries(validationLogs)) epochLogs[`val_${key}`] = value;
      }
      list.onEpochEnd(epoch, epochLogs);
      lastLogs = epochLogs;
      result.epochsRun = epoch + 1;
      const record: EpochRecord = {
        epoch,
        logs: recorder.logs ?? { ...epochLogs },
        lrDuring,
        lrAfter: port.getLearningRate(),
        seconds: (clock.now() - started) / 1000,
        tensors: tf.memory().numTensors,
      };
      history.push(record);
      listener.onEpochEnd?.(record);
      listener.onCallbackStates?.(callbackStates(labelled));
      run.probe?.afterEpoch(epoch, predictOn);
      // Not awaited: the save is written while the next epoch trains.
      if (port.hasRequestedSaves) port.commitSaves(resumeAt(epoch + 1));
      if (host.stopTraining) break;
    }
    if (compiled.optimizer.movingAverages) {
      // Keras's fit ends with `finalize_variable_values`: with use_ema the weights take their averages, before on_train_end.
      port.weightsChanging();
      compiled.optimizer.finalizeVariableValues();
    }
    list.onTrainEnd(lastLogs);
    fitEnded();
    if (result.epochsRun > firstEpoch) {
      const lastFrame = run.probe?.afterTrain(result.epochsRun - 1, predictOn);
      await reads.flush();
      await lastFrame;
    }
    result.stopped = result.stopped ?? host.stopRequest;
  } catch (thrown) {
    if (result.fitSeconds === 0) fitEnded();
    result.failure = failureFrom(thrown);
    result.stopped = result.stopped ?? host.stopRequest;
  }
  try {
    if (data.test && result.failure === null) result.test = await evaluateHeldOut(compiled, data, data.test, batchSize);
  } catch (thrown) {
    result.failure = failureFrom(thrown);
  }
  try {
    // Values still waiting for a read (the run failed or stopped before the next one) are read now, or their tensors would leak.
    await reads.flush();
    const flushing = clock.now();
    await port.flushSaves(resumeAt(Math.max(firstEpoch, result.epochsRun)));
    result.fitSeconds += (clock.now() - flushing) / 1000;
    for (const dir of await port.finishBackups(interrupted)) {
      host.warn('BackupAndRestore', `The backup in ${dir} is kept: the run was stopped before its end, as an interrupted fit keeps it. Train the same stack again to resume from it.`);
    }
  } catch (thrown) {
    result.failure ??= failureFrom(thrown);
  } finally {
    tf.dispose([xTrain, yTrain, ...(wTrain ? [wTrain] : [])]);
    if (validation) tf.dispose([validation.x, validation.y]);
    port.dispose();
    if (clock !== run.clock) clock.close?.();
  }
  result.history = list.history.history;
  result.files = Object.fromEntries(port.files);
  return result;
}

/** Keeps the epoch logs as the stack left them, with what callbacks added (ReduceLROnPlateau's `learning_rate`). */
export class EpochLogRecorder extends Callback {
  logs: Logs | null = null;

  constructor() {
    super('EpochLogRecorder');
  }

  override onEpochEnd(_epoch: number, logs: Logs): void {
    this.logs = { ...logs };
  }
}
