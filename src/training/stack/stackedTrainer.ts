/**
 * Trains K variants as one stacked model (DESIGN.md §7), each with its own
 * callback stack calling the hooks where the solo trainer (trainer.ts, after
 * Keras 3's `Trainer.fit`) calls them, over its own port. A variant that
 * stops (its callback asked, or its epochs ran out) stops moving and
 * logging, and its `onTrainEnd` runs then; one whose callback throws ends
 * alone with its failure; the others go on. Each variant's logs, learning
 * rates and events are its solo run's.
 *
 * Not here (the solo trainer has them, and a comparison does not ask for
 * them): resuming from a checkpoint, the page's rate requests, the
 * decision-boundary probe, and test batch logs read batch by batch.
 */
import * as tf from '@tensorflow/tfjs';
import { CallbackHost, CallbackList, createCallback, type CallbackEvent, type Logs, type StopRequest } from '../../callbacks';
import { macrotaskClock, type TrainingClock } from '../clock';
import type { InitialLoss, TestEvaluation } from '../protocol';
import { asKerasError } from '../../callbacks/errors';
import { createSchedule } from '../../callbacks/schedules';
import type { RunConfig } from '../../config/runConfig';
import type { CheckpointSink } from '../checkpointSink';
import type { SplitDataset } from '../datasets/split';
import { mulberry32, permutation, subSeed } from '../datasets/prng';
import { buildModel } from '../model';
import type { RunControl } from '../runControl';
import { SEED_PURPOSE } from '../seeds';
import { EpochLogRecorder, failureFrom, type EpochRecord, type TrainerListener, type TrainingFailure } from '../trainer';
import { buildStackedModel, type StackedModel } from './stackedModel';
import { VariantPort } from './variantPort';

export interface VariantResult {
  epochsRun: number;
  stopped: StopRequest | null;
  failure: TrainingFailure | null;
  history: Record<string, number[]>;
  records: EpochRecord[];
  events: CallbackEvent[];
  files: Record<string, string>;
  /** The variant's final model on the held-out test set; null without one or after a failure. */
  test: TestEvaluation | null;
}

export interface StackedRun {
  /** The variants: one data set, architecture, batch size, split and optimizer shape (`stackGroupKey`); anything else may differ. */
  configs: readonly RunConfig[];
  data: SplitDataset;
  sinks: readonly CheckpointSink[];
  control: RunControl;
  /** Each variant's listener: its events, warnings, messages and epochs. */
  listeners?: readonly TrainerListener[];
  clock?: TrainingClock;
  /** When given, each variant's loss before the first step, on the training and validation rows, as a solo run reports it. */
  onInitialLoss?: (variant: number, initialLoss: InitialLoss) => void;
  /** How long the loop may run before it yields a macrotask (stop and pings get through). */
  yieldIntervalMs?: number;
}

interface Variant {
  config: RunConfig;
  port: VariantPort;
  host: CallbackHost;
  list: CallbackList | null;
  recorder: EpochLogRecorder;
  shuffle: () => number;
  result: VariantResult;
  /** Still in the run (not stopped, failed or done). */
  running: boolean;
  /** Still training this epoch's batches. */
  stepping: boolean;
  lastLogs?: Logs;
}

const logsOf = (values: ArrayLike<number>, variant: number, seen: number, metric: string): Logs => ({
  loss: (values[2 * variant] as number) / seen,
  [metric]: (values[2 * variant + 1] as number) / seen,
});

/** Runs `hook` for one variant; a throw ends that variant alone, with its failure. */
function guarded(variant: Variant, hook: () => void): void {
  if (!variant.running) return;
  try {
    hook();
  } catch (thrown) {
    variant.result.failure = failureFrom(thrown);
    variant.result.stopped ??= variant.host.stopRequest;
    variant.running = false;
    variant.stepping = false;
  }
}

export async function trainStacked(run: StackedRun): Promise<VariantResult[]> {
  const { configs, data, control } = run;
  const [first] = configs;
  if (!first) return [];
  const K = configs.length;
  const shape = { features: data.features, outputs: data.outputs, task: data.dataset.task };
  const stack = buildStackedModel(configs, shape);
  const metric = stack.metric.name;
  const { batchSize } = first.fit;
  const rows = data.train.rows;
  const steps = Math.ceil(rows / batchSize);
  let topologyText: string | null = null;
  const topology = (): string => {
    if (topologyText === null) {
      const solo = buildModel(first.model, first.optimizer, shape, first.fit.seed);
      topologyText = JSON.stringify(solo.model.toJSON(null, false));
      solo.dispose();
    }
    return topologyText;
  };

  const variants: Variant[] = configs.map((config, index) => {
    const schedule = config.optimizer.schedule ? createSchedule(config.optimizer.schedule) : null;
    const port = new VariantPort(stack, index, run.sinks[index] ?? (run.sinks[0] as CheckpointSink), topology, stack.names, schedule, config.optimizer.learningRate);
    const host = new CallbackHost(port, [stack.metric], run.listeners?.[index]);
    const recorder = new EpochLogRecorder();
    const result: VariantResult = { epochsRun: 0, stopped: null, failure: null, history: {}, records: [], events: host.events, files: {}, test: null };
    const variant: Variant = { config, port, host, list: null, recorder, shuffle: mulberry32(subSeed(config.fit.seed, SEED_PURPOSE.shuffle)), result, running: true, stepping: false };
    try {
      const callbacks = config.callbacks.filter((spec) => spec.enabled !== false).map((spec) => createCallback(spec, `callbacks[${config.callbacks.indexOf(spec)}]`));
      variant.list = new CallbackList([...callbacks, recorder], host, { epochs: config.fit.epochs, steps, verbose: 0 });
    } catch (thrown) {
      const error = asKerasError(thrown);
      result.failure = { callback: null, hook: 'constructor', epoch: null, batch: null, message: error.message, line: error.line };
      variant.running = false;
    }
    return variant;
  });

  const xTrain = tf.tensor2d(data.train.x, [rows, data.features]);
  const yTrain = tf.tensor2d(data.train.y, [rows, data.outputs]);
  const validation = data.validation
    ? { x: tf.tensor3d(data.validation.x, [1, data.validation.rows, data.features]), y: tf.tensor3d(data.validation.y, [1, data.validation.rows, data.outputs]), rows: data.validation.rows }
    : null;
  const readBatchLogs = variants.some((variant) => variant.list?.overrides('onTrainBatchEnd'));
  const listOf = (variant: Variant): CallbackList => variant.list as CallbackList;

  const finish = (variant: Variant): void => {
    // As fit ends alone: with use_ema the weights take their averages, before on_train_end.
    if (stack.optimizer.movingAverages) variant.port.finalizeVariableValues();
    guarded(variant, () => listOf(variant).onTrainEnd(variant.lastLogs));
    variant.result.stopped ??= variant.host.stopRequest;
    variant.running = false;
    variant.stepping = false;
  };

  const clock = run.clock ?? macrotaskClock();
  const yieldInterval = run.yieldIntervalMs ?? 20;
  let lastYield = clock.now();
  let step = 0;
  try {
    if (run.onInitialLoss) {
      const trainSet = { x: tf.tensor3d(data.train.x, [1, rows, data.features]), y: tf.tensor3d(data.train.y, [1, rows, data.outputs]), rows };
      const trainValues = await evaluateStacked(stack, trainSet, batchSize, true);
      const validationValues = validation ? await evaluateStacked(stack, validation, batchSize) : null;
      variants.forEach((_variant, index) => {
        const initial: InitialLoss = { loss: (trainValues[2 * index] as number) / rows };
        if (validationValues && validation) initial.val_loss = (validationValues[2 * index] as number) / validation.rows;
        run.onInitialLoss?.(index, initial);
      });
    }
    for (const variant of variants) guarded(variant, () => listOf(variant).onTrainBegin());
    const epochs = Math.max(...configs.map((config) => config.fit.epochs));
    for (let epoch = 0; epoch < epochs && variants.some((variant) => variant.running); epoch++) {
      const started = performance.now();
      const inEpoch = variants.filter((variant) => variant.running);
      const lrDuring = new Map<Variant, number>();
      for (const variant of inEpoch) {
        variant.port.atStep(step);
        guarded(variant, () => listOf(variant).onEpochBegin(epoch));
        lrDuring.set(variant, variant.port.getLearningRate());
        variant.stepping = variant.running;
      }
      // Each variant shuffles with its own seed, as alone; a variant out of the run keeps the identity order.
      const order = variants.flatMap((variant) => Array.from(variant.running ? permutation(rows, variant.shuffle) : identity(rows)));
      const [xs, ys] = tf.tidy(() => {
        const indices = tf.tensor1d(order, 'int32');
        return [tf.reshape(tf.gather(xTrain, indices), [K, rows, data.features]), tf.reshape(tf.gather(yTrain, indices), [K, rows, data.outputs])] as [tf.Tensor3D, tf.Tensor3D];
      });
      let sums: tf.Tensor2D = tf.zeros([K, 2]);
      const seen = variants.map(() => 0);
      try {
        for (let batch = 0; batch < steps; batch++) {
          if (clock.now() - lastYield >= yieldInterval) {
            await clock.yieldToEventLoop();
            lastYield = clock.now();
          }
          if (control.isPaused) await control.whilePaused();
          if (control.stopRequested) break;
          const stepping = variants.map((variant) => variant.stepping);
          if (!stepping.some(Boolean)) break;
          const size = Math.min(batchSize, rows - batch * batchSize);
          for (const variant of variants) if (variant.stepping) guarded(variant, () => listOf(variant).onTrainBatchBegin(batch));
          variants.forEach((variant, index) => stack.optimizer.setActive(index, variant.stepping));
          const next = trainStep(stack, xs, ys, batch * batchSize, size, step, sums, variants.map((variant) => variant.stepping));
          sums.dispose();
          sums = next;
          variants.forEach((variant, index) => {
            if (variant.stepping) seen[index] = (seen[index] ?? 0) + size;
          });
          step += 1;
          for (const variant of variants) if (variant.stepping) variant.port.atStep(step);
          const values = readBatchLogs ? await sums.data() : null;
          variants.forEach((variant, index) => {
            if (!variant.stepping) return;
            guarded(variant, () => listOf(variant).onTrainBatchEnd(batch, values ? logsOf(values, index, seen[index] as number, metric) : undefined));
            if (variant.host.stopTraining) variant.stepping = false;
          });
        }
        const trainValues = await sums.data();
        const validationValues = validation ? await evaluateStacked(stack, validation, batchSize) : null;
        for (const [index, variant] of variants.entries()) {
          if (!inEpoch.includes(variant) || !variant.running) continue;
          const logs = logsOf(trainValues, index, seen[index] as number, metric);
          if (validationValues && validation) {
            guarded(variant, () => {
              const list = listOf(variant);
              list.onTestBegin();
              for (let batch = 0; batch * batchSize < validation.rows; batch++) {
                list.onTestBatchBegin(batch);
                list.onTestBatchEnd(batch, undefined);
              }
              const validationLogs = logsOf(validationValues, index, validation.rows, metric);
              list.onTestEnd(validationLogs);
              for (const [key, value] of Object.entries(validationLogs)) logs[`val_${key}`] = value;
            });
          }
          guarded(variant, () => listOf(variant).onEpochEnd(epoch, logs));
          if (!variant.running) continue;
          variant.lastLogs = logs;
          variant.result.epochsRun = epoch + 1;
          const record: EpochRecord = {
            epoch,
            logs: variant.recorder.logs ?? { ...logs },
            lrDuring: lrDuring.get(variant) ?? Number.NaN,
            lrAfter: variant.port.getLearningRate(),
            seconds: (performance.now() - started) / 1000,
            tensors: tf.memory().numTensors,
          };
          variant.result.records.push(record);
          run.listeners?.[index]?.onEpochEnd?.(record);
          if (variant.host.stopTraining || epoch + 1 >= variant.config.fit.epochs || control.stopRequested) finish(variant);
        }
      } finally {
        tf.dispose([xs, ys, sums]);
      }
      if (control.stopRequested) break;
    }
    for (const variant of variants) if (variant.running) finish(variant);
    if (data.test) {
      const test = data.test;
      const values = await evaluateStacked(stack, { x: tf.tensor3d(test.x, [1, test.rows, data.features]), y: tf.tensor3d(test.y, [1, test.rows, data.outputs]), rows: test.rows }, batchSize, true);
      variants.forEach((variant, index) => {
        if (!variant.result.failure && variant.result.epochsRun > 0) variant.result.test = { logs: logsOf(values, index, test.rows, metric), samples: test.rows };
      });
    }
  } finally {
    if (clock !== run.clock) clock.close?.();
    for (const variant of variants) {
      try {
        await variant.port.flushSaves();
      } catch (thrown) {
        variant.result.failure ??= failureFrom(thrown);
      }
      variant.result.history = variant.list?.history.history ?? {};
      variant.result.files = Object.fromEntries(variant.port.files);
      variant.port.dispose();
    }
    tf.dispose([xTrain, yTrain]);
    if (validation) tf.dispose([validation.x, validation.y]);
    stack.dispose();
  }
  return variants.map((variant) => variant.result);
}

function identity(rows: number): Int32Array {
  return Int32Array.from({ length: rows }, (_value, index) => index);
}


/** One step of every stepping variant; returns the running `[K, 2]` sums of `size * [loss, metric]`, unchanged for the others. */
function trainStep(stack: StackedModel, xs: tf.Tensor3D, ys: tf.Tensor3D, start: number, size: number, step: number, sums: tf.Tensor2D, stepping: readonly boolean[]): tf.Tensor2D {
  const kept: { losses?: tf.Tensor1D; metrics?: tf.Tensor1D } = {};
  const next = tf.tidy(() => {
    const xb = tf.slice(xs, [0, start, 0], [-1, size, -1]);
    const yb = tf.slice(ys, [0, start, 0], [-1, size, -1]);
    const { grads } = tf.variableGrads(() => {
      const prediction = stack.forward(xb, true, step);
      // Kept past the gradient's own scope, which disposes what the loss function made.
      kept.metrics = tf.keep(stack.metrics(yb, prediction));
      kept.losses = tf.keep(stack.losses(yb, prediction));
      // The sum's gradient is 1 for every variant: each gets exactly the gradient of its own loss.
      return tf.sum<tf.Scalar>(kept.losses);
    }, [...stack.variables]);
    stack.optimizer.apply(stack.variables.map((variable) => grads[variable.name] as tf.Tensor));
    const added = tf.add<tf.Tensor2D>(sums, tf.mul(tf.stack([kept.losses as tf.Tensor1D, kept.metrics as tf.Tensor1D], 1), size));
    if (stepping.every(Boolean)) return added;
    const mask = tf.tensor2d(stepping.map((on) => (on ? 1 : 0)), [stepping.length, 1], 'bool');
    return tf.where(mask, added, sums);
  });
  tf.dispose([kept.losses, kept.metrics].filter((tensor): tensor is tf.Tensor1D => tensor !== undefined));
  return next;
}

/**
 * `[K, 2]` sums of `rows × [loss, metric]` over `set`, batch by batch, in
 * inference mode. The set is one copy of the rows (leading axis 1), which
 * the first layer's matmul broadcasts to every variant.
 */
async function evaluateStacked(stack: StackedModel, set: { x: tf.Tensor3D; y: tf.Tensor3D; rows: number }, batchSize: number, disposeSet = false): Promise<Float32Array> {
  let sums: tf.Tensor2D = tf.zeros([stack.variantCount, 2]);
  for (let start = 0; start < set.rows; start += batchSize) {
    const size = Math.min(batchSize, set.rows - start);
    const next = tf.tidy(() => {
      const xb = tf.slice(set.x, [0, start, 0], [-1, size, -1]);
      const yb = tf.slice(set.y, [0, start, 0], [-1, size, -1]);
      const prediction = stack.forward(xb, false, 0);
      return tf.add<tf.Tensor2D>(sums, tf.mul(tf.stack([stack.losses(yb, prediction), stack.metrics(yb, prediction)], 1), size));
    });
    sums.dispose();
    sums = next;
  }
  try {
    return await sums.data<'float32'>();
  } finally {
    sums.dispose();
    if (disposeSet) tf.dispose([set.x, set.y]);
  }
}
