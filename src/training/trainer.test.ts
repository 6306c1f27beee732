import * as tf from '@tensorflow/tfjs';
import { beforeAll, describe, expect, test, vi } from 'vitest';
import type { Logs } from '../callbacks';
import type { Samples } from './datasets/split';
import { evaluateSamples } from './evaluation';
import { OPTIMIZERS } from '../config/modelConfig';
import { RunControl } from './runControl';
import { runTraining, testConfig, useCpuBackend } from './trainerTestKit';

beforeAll(useCpuBackend);

function weightValues(model: tf.LayersModel): number[][] {
  return model.getWeights().map((weight) => Array.from(weight.dataSync()));
}

describe('ReduceLROnPlateau lowers the rate the optimizer really uses', () => {
  const cases: { kind: (typeof OPTIMIZERS)[number]; momentum: number }[] = [
    ...OPTIMIZERS.map((kind) => ({ kind, momentum: 0 })),
    { kind: 'sgd', momentum: 0.9 },
  ];
  test.each(cases)(
    '$kind (momentum $momentum)',
    async (optimizer) => {
      const config = testConfig({
        optimizer: { ...optimizer, learningRate: 0.1 },
        fit: { epochs: 3, batchSize: 32, validationSplit: 0.25, seed: 3 },
        // minDelta so large that no epoch improves: the rate halves after every epoch but the first.
        callbacks: [{ type: 'ReduceLROnPlateau', params: { monitor: 'loss', factor: 0.5, patience: 0, minDelta: 100 } }],
      });
      const { epochs, prepared, result } = await runTraining(config);
      expect(result.failure).toBeNull();
      expect(epochs.map((epoch) => epoch.lrDuring)).toEqual([0.1, 0.1, 0.05].map(Math.fround));
      const { optimizer: real } = prepared.compiled;
      expect(real.getLearningRate()).toBe(Math.fround(0.025));
      // As in Keras 3, the logs carry the rate the epoch trained with, before the reduction.
      expect(epochs[1]?.logs['learning_rate']).toBe(Math.fround(0.1));
      prepared.compiled.dispose();
    },
  );
});

test('EarlyStopping stops and puts the best weights back into the model', async () => {
  const snapshots: number[][][] = [];
  const config = testConfig({
    fit: { epochs: 10, batchSize: 32, validationSplit: 0.25, seed: 5 },
    callbacks: [{ type: 'EarlyStopping', params: { monitor: 'val_loss', patience: 1, minDelta: 100, restoreBestWeights: true } }],
  });
  const { result, prepared } = await runTraining(config, {
    onEpochEnd: (_record, run) => snapshots.push(weightValues(run.compiled.model)),
  });
  expect(result.stopped).toEqual({ epoch: 1, batch: null, by: 'EarlyStopping' });
  expect(result.epochsRun).toBe(2);
  const restored = weightValues(prepared.compiled.model);
  expect(restored).toEqual(snapshots[0]);
  expect(restored).not.toEqual(snapshots[1]);
  prepared.compiled.dispose();
});

test('TerminateOnNaN stops after the batch whose loss is not finite', async () => {
  const config = testConfig({
    dataset: { kind: 'sine', size: 200, noise: 0.1 },
    optimizer: { kind: 'sgd', learningRate: 1e12 },
    fit: { epochs: 5, batchSize: 16, validationSplit: 0.2, seed: 1 },
    callbacks: [{ type: 'TerminateOnNaN' }],
  });
  const { result, prepared } = await runTraining(config);
  expect(result.stopped?.by).toBe('TerminateOnNaN');
  expect(result.stopped?.epoch).toBe(0);
  expect(result.stopped?.batch).toBeLessThan(10);
  expect(result.epochsRun).toBe(1);
  expect(Number.isFinite(result.history['loss']?.[0])).toBe(false);
  prepared.compiled.dispose();
});

test('the same seed gives the same losses; another seed does not', async () => {
  const losses = async (seed: number) => {
    const { epochs, prepared } = await runTraining(
      testConfig({
        model: { hiddenLayers: [{ units: 8, activation: 'tanh', dropout: 0.2 }] },
        fit: { epochs: 3, batchSize: 16, validationSplit: 0.25, seed },
      }),
    );
    prepared.compiled.dispose();
    return epochs.map((epoch) => [epoch.logs['loss'], epoch.logs['val_loss']]);
  };
  const first = await losses(11);
  expect(await losses(11)).toEqual(first);
  expect(await losses(12)).not.toEqual(first);
});

test('no tensor growth with the full stack, and none left after the run', async () => {
  const before = tf.memory().numTensors;
  const counts: number[] = [];
  const config = testConfig({
    fit: { epochs: 12, batchSize: 32, validationSplit: 0.25, seed: 9 },
    callbacks: [
      { type: 'ReduceLROnPlateau', params: { monitor: 'val_loss', patience: 1 } },
      { type: 'EarlyStopping', params: { monitor: 'val_loss', patience: 50, restoreBestWeights: true } },
      { type: 'TerminateOnNaN' },
      // Saved every epoch: a save's weight copies live until they are read back, so every epoch holds the same number in flight.
      { type: 'ModelCheckpoint', params: { filepath: 'epoch-{epoch:02d}.keras' } },
      { type: 'LearningRateScheduler', params: { schedule: '(epoch, lr) => epoch < 6 ? lr : lr * 0.9' } },
    ],
  });
  const { result, prepared, sink } = await runTraining(config, { onEpochEnd: () => counts.push(tf.memory().numTensors) });
  expect(result.failure).toBeNull();
  expect(counts[11]).toBe(counts[2]);
  expect(sink.saved.length).toBeGreaterThan(0);
  prepared.compiled.dispose();
  expect(tf.memory().numTensors).toBe(before);
});

test('checkpoint saves carry the weights by name, and the topology unless weights only', async () => {
  const config = testConfig({
    fit: { epochs: 2, batchSize: 32, validationSplit: 0.25, seed: 2 },
    callbacks: [
      { type: 'ModelCheckpoint', params: { filepath: 'model-{epoch:02d}.keras' } },
      { type: 'ModelCheckpoint', params: { filepath: 'w-{epoch:02d}.weights.h5', saveWeightsOnly: true } },
    ],
  });
  const { sink, prepared } = await runTraining(config);
  expect(sink.saved.map((saved) => saved.request.name)).toEqual(['model-01.keras', 'w-01.weights.h5', 'model-02.keras', 'w-02.weights.h5']);
  const [first] = sink.saved;
  expect(first?.weights.map((weight) => weight.name)).toEqual([
    'dense_1/kernel',
    'dense_1/bias',
    'dense_2/kernel',
    'dense_2/bias',
    'output/kernel',
    'output/bias',
  ]);
  expect(first?.weights[0]?.shape).toEqual([2, 16]);
  expect(first?.weights[0]?.data).toHaveLength(32);
  expect(first?.topology).toContain('"class_name":"Sequential"');
  expect(sink.saved[1]?.topology).toBeNull();
  prepared.compiled.dispose();
});

test('a custom callback that throws ends the run with its message and line; onTrainEnd does not run', async () => {
  const source = ['class Boom extends Callback {', '  onEpochEnd(epoch) {', "    if (epoch === 1) throw new Error('boom');", '  }', '}'].join('\n');
  const config = testConfig({
    callbacks: [
      { type: 'EarlyStopping', params: { monitor: 'val_loss', patience: 50, restoreBestWeights: true } },
      { type: 'CustomCallback', params: { source } },
    ],
  });
  const before = tf.memory().numTensors;
  const { result, prepared } = await runTraining(config);
  expect(result.failure).toMatchObject({ callback: 'Boom', hook: 'onEpochEnd', epoch: 1, line: 3 });
  expect(result.failure?.message).toContain('boom');
  expect(result.epochsRun).toBe(1);
  prepared.compiled.dispose();
  expect(tf.memory().numTensors).toBe(before);
});

test('batch and test hooks see Keras logs: running means, and validation without the val_ prefix', async () => {
  const seen: { batch: number[]; test: string[] } = { batch: [], test: [] };
  (globalThis as Record<string, unknown>)['__plateauSeen'] = seen;
  const config = testConfig({
    fit: { epochs: 2, batchSize: 30, validationSplit: 0.25, seed: 4 },
    callbacks: [
      {
        type: 'LambdaCallback',
        params: {
          onTrainBatchEnd: '(batch, logs) => globalThis.__plateauSeen.batch.push(logs.loss)',
          onTestEnd: '(logs) => globalThis.__plateauSeen.test.push(Object.keys(logs).join(","))',
        },
      },
    ],
  });
  const { epochs, prepared } = await runTraining(config);
  expect(seen.batch).toHaveLength(6);
  expect(seen.test).toEqual(['accuracy,loss', 'accuracy,loss']);
  // The last batch's running mean is the epoch's loss.
  expect(seen.batch[2]).toBeCloseTo(epochs[0]?.logs['loss'] as number, 6);
  expect(Object.keys(epochs[0]?.logs ?? {})).toEqual(['accuracy', 'loss', 'val_accuracy', 'val_loss']);
  prepared.compiled.dispose();
});

test('at most one read a batch with batch hooks, validation and checkpoints; the values those reads carry are the ones read apart', async () => {
  const config = testConfig({
    fit: { epochs: 3, batchSize: 30, validationSplit: 0.25, testSplit: 0, seed: 6 },
    callbacks: [
      { type: 'TerminateOnNaN', params: {} },
      { type: 'ModelCheckpoint', params: { filepath: 'every-{epoch}.keras' } },
    ],
  });
  const expected: { validation: Promise<Logs>; weights: number[][] }[] = [];
  const spy = vi.spyOn(tf.Tensor.prototype, 'data');
  let notCounted = 0;
  const { result, sink, prepared } = await runTraining(config, {
    onEpochEnd: (_record, run) => {
      // What a separate evaluation and a read of the weights give at the same point (not counted).
      const before = spy.mock.calls.length;
      const samples = run.data.validation as Samples;
      expected.push({ validation: evaluateSamples(run.compiled, samples, run.data.features, run.data.outputs, 30), weights: weightValues(run.compiled.model) });
      notCounted += spy.mock.calls.length - before;
    },
  });
  const reads = spy.mock.calls.length - notCounted;
  spy.mockRestore();
  const validation = await Promise.all(expected.map((epoch) => epoch.validation));
  expect(result.epochsRun).toBe(3);
  // 90 training rows in batches of 30: 3 batches an epoch, one read each; validation, the saved weights and the
  // optimizer's state ride in the last.
  expect(reads).toBe(9);
  const history = result.history;
  expect(history['val_loss']).toEqual(validation.map((logs) => logs['loss']));
  expect(history['val_accuracy']).toEqual(validation.map((logs) => logs['accuracy']));
  expect(sink.saved.map((saved) => saved.weights.map((weight) => Array.from(weight.data)))).toEqual(expected.map((epoch) => epoch.weights));
  prepared.compiled.dispose();
});

describe('controls from the page', () => {
  test('stop ends the run at a batch boundary and still runs onTrainEnd', async () => {
    const control = new RunControl();
    const config = testConfig({
      fit: { epochs: 20, batchSize: 32, validationSplit: 0.25, seed: 6 },
      callbacks: [{ type: 'EarlyStopping', params: { monitor: 'val_loss', patience: 50, restoreBestWeights: true } }],
    });
    const { result, prepared } = await runTraining(config, {
      control,
      onEpochEnd: (record) => {
        if (record.epoch === 2) control.stop();
      },
    });
    expect(result.epochsRun).toBe(3);
    expect(result.stopped).toEqual({ epoch: 3, batch: 0, by: 'Page' });
    expect(result.history['loss']).toHaveLength(3);
    prepared.compiled.dispose();
  });

  test('pause holds the loop until resume; a rate set from the page applies from the next batch', async () => {
    const control = new RunControl();
    const config = testConfig({ optimizer: { kind: 'sgd', learningRate: 0.1 }, fit: { epochs: 3, batchSize: 32, validationSplit: 0.25, seed: 6 } });
    let resumedAt = 0;
    const { epochs, prepared } = await runTraining(config, {
      control,
      onEpochEnd: (record) => {
        if (record.epoch !== 0) return;
        control.pause();
        control.requestLearningRate(0.02);
        setTimeout(() => {
          resumedAt = performance.now();
          control.resume();
        }, 50);
      },
    });
    expect(resumedAt).toBeGreaterThan(0);
    expect(epochs.map((epoch) => epoch.lrDuring)).toEqual([0.1, 0.02, 0.02].map(Math.fround));
    expect(prepared.compiled.optimizer.getLearningRate()).toBe(Math.fround(0.02));
    prepared.compiled.dispose();
  });
});
