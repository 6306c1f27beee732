/**
 * A comparison is fair only when its runs differ in the schedule alone: the
 * same seed must give the same initial weights (the same loss before the
 * first step) and the same shuffled batches, whatever drives the rate.
 */
import * as tf from '@tensorflow/tfjs';
import { beforeAll, expect, test, vi } from 'vitest';
import { MemoryCheckpointSink } from './checkpointSink';
import type { Samples } from './datasets/split';
import { evaluateSamples } from './evaluation';
import { initialLossOf } from './initialLoss';
import { prepareRun } from './prepareRun';
import type { InitialLoss } from './protocol';
import { RunControl } from './runControl';
import { train } from './trainer';
import { immediateClock, testConfig, useCpuBackend } from './trainerTestKit';

beforeAll(useCpuBackend);

/** 120 spiral points, a quarter held out: 90 training rows, 3 batches of 32 an epoch. */
const STEPS_PER_EPOCH = 3;

interface Start {
  initialLoss: InitialLoss | null;
  /** The feature rows each epoch's first batch trained on. */
  firstBatches: number[][];
}

async function startOf(seed: number, optimizer: Record<string, unknown>): Promise<Start> {
  const config = testConfig({ optimizer, fit: { epochs: 2, batchSize: 32, validationSplit: 0.25, seed } });
  const prepared = prepareRun(config);
  const start: Start = { initialLoss: null, firstBatches: [] };
  const { compiled } = prepared;
  const forward = compiled.forward.bind(compiled);
  compiled.forward = (x, training, step) => {
    if (training && step % STEPS_PER_EPOCH === 0) start.firstBatches.push(Array.from(x.dataSync()));
    return forward(x, training, step);
  };
  const result = await train({
    config,
    ...prepared,
    sink: new MemoryCheckpointSink(),
    control: new RunControl(),
    clock: immediateClock,
    onInitialLoss: (initialLoss) => (start.initialLoss = initialLoss),
  });
  expect(result.failure).toBeNull();
  prepared.compiled.dispose();
  return start;
}

const constant = { kind: 'adam', learningRate: 0.01, schedule: null };
const cosineWarmUp = {
  kind: 'adam',
  learningRate: 0.01,
  schedule: { kind: 'CosineDecay', params: { initialLearningRate: 0, decaySteps: 6, warmupTarget: 0.05, warmupSteps: 2 } },
};
const piecewise = {
  kind: 'sgd',
  learningRate: 0.01,
  schedule: { kind: 'PiecewiseConstantDecay', params: { boundaries: [2], values: [0.5, 0.1] } },
};

test('runs with one seed and different schedules start from the same loss and train on the same batches', async () => {
  const [plain, cosine, stepped] = [await startOf(11, constant), await startOf(11, cosineWarmUp), await startOf(11, piecewise)];
  expect(plain.initialLoss?.loss).toBeGreaterThan(0);
  expect(plain.initialLoss?.val_loss).toBeGreaterThan(0);
  expect(cosine.initialLoss).toEqual(plain.initialLoss);
  expect(stepped.initialLoss).toEqual(plain.initialLoss);
  expect(plain.firstBatches).toHaveLength(2);
  expect(cosine.firstBatches).toEqual(plain.firstBatches);
  expect(stepped.firstBatches).toEqual(plain.firstBatches);
  // Each epoch reshuffles: the second epoch does not start with the first one's batch.
  expect(plain.firstBatches[1]).not.toEqual(plain.firstBatches[0]);

  // The check can fail: another seed gives other weights and another order.
  const other = await startOf(12, cosineWarmUp);
  expect(other.initialLoss?.loss).not.toBe(plain.initialLoss?.loss);
  expect(other.firstBatches[0]).not.toEqual(plain.firstBatches[0]);
});

test('without validation data the initial loss has no val_loss', async () => {
  const config = testConfig({ fit: { epochs: 1, batchSize: 32, validationSplit: 0, seed: 3 } });
  const prepared = prepareRun(config);
  let initialLoss: InitialLoss | null = null;
  await train({ config, ...prepared, sink: new MemoryCheckpointSink(), control: new RunControl(), clock: immediateClock, onInitialLoss: (value) => (initialLoss = value) });
  expect(Object.keys(initialLoss ?? {})).toEqual(['loss']);
  prepared.compiled.dispose();
});

test('the initial loss is the fresh model evaluated on the training and the validation rows, in one read', async () => {
  const config = testConfig({ fit: { epochs: 1, batchSize: 32, validationSplit: 0.25, seed: 3 } });
  const prepared = prepareRun(config);
  const { compiled, data } = prepared;
  const evaluate = (samples: Samples) => evaluateSamples(compiled, samples, data.features, data.outputs, 32);
  const expected = { loss: (await evaluate(data.train))['loss'], val_loss: (await evaluate(data.validation as Samples))['loss'] };
  const reads = vi.spyOn(tf.Tensor.prototype, 'data');
  let readsBefore = -1;
  let initialLoss: InitialLoss | null = null;
  await train({
    config,
    ...prepared,
    sink: new MemoryCheckpointSink(),
    control: new RunControl(),
    clock: immediateClock,
    onInitialLoss: (value) => {
      readsBefore = reads.mock.calls.length;
      initialLoss = value;
    },
  });
  reads.mockRestore();
  expect(readsBefore).toBe(1);
  expect(initialLoss).toEqual(expected);
  prepared.compiled.dispose();
});

test('a run built before the click reads its initial loss then, and the run reports that very value without reading it again', async () => {
  const config = testConfig({ fit: { epochs: 1, batchSize: 32, validationSplit: 0.25, seed: 5 } });
  const fresh = prepareRun(config);
  let readAtStart: InitialLoss | null = null;
  await train({ config, ...fresh, sink: new MemoryCheckpointSink(), control: new RunControl(), clock: immediateClock, onInitialLoss: (value) => (readAtStart = value) });
  fresh.compiled.dispose();

  const prebuilt = prepareRun(config);
  const initialLoss = initialLossOf(prebuilt.compiled, prebuilt.data, config.fit.batchSize);
  expect(await initialLoss).toEqual(readAtStart);
  const reads = vi.spyOn(tf.Tensor.prototype, 'data');
  let readsBefore = -1;
  let reported: InitialLoss | null = null;
  await train({
    config,
    ...prebuilt,
    initialLoss,
    sink: new MemoryCheckpointSink(),
    control: new RunControl(),
    clock: immediateClock,
    onInitialLoss: (value) => {
      readsBefore = reads.mock.calls.length;
      reported = value;
    },
  });
  reads.mockRestore();
  expect(readsBefore).toBe(0);
  expect(reported).toEqual(readAtStart);
  prebuilt.compiled.dispose();
});
