import * as tf from '@tensorflow/tfjs';
import { beforeAll, describe, expect, test } from 'vitest';
import { OPTIMIZER_KINDS, type OptimizerKind } from '../../config/optimizerParams';
import { KEEP_BEST_WEIGHTS } from '../../config/presets';
import type { RunConfig } from '../../config/runConfig';
import { MemoryCheckpointSink } from '../checkpointSink';
import { prepareRun } from '../prepareRun';
import { RunControl } from '../runControl';
import { runTraining, testConfig, useCpuBackend } from '../trainerTestKit';
import { trainStacked, type VariantResult } from './stackedTrainer';

beforeAll(useCpuBackend);

const FIT = { epochs: 6, batchSize: 16, validationSplit: 0.25, seed: 7 };
const BOOM = ['class Boom extends Callback {', '  onEpochEnd(epoch) {', "    if (epoch === 2) throw new Error('boom');", '  }', '}'].join('\n');

/** Variants that share data, architecture and fit settings, and differ in everything a comparison is about. */
function variants(kind: OptimizerKind): RunConfig[] {
  const base = { model: { hiddenLayers: [{ units: 8, activation: 'relu' }, { units: 8, activation: 'tanh', dropout: 0.2 }] } };
  return [
    testConfig({ ...base, optimizer: { kind, learningRate: 0.01 }, fit: FIT }),
    testConfig({ ...base, optimizer: { kind, learningRate: 0.2 }, fit: FIT, callbacks: [{ type: 'EarlyStopping', params: { monitor: 'loss', patience: 0, minDelta: 0.05, restoreBestWeights: true } }] }),
    testConfig({ ...base, optimizer: { kind, learningRate: 0.05 }, fit: FIT, callbacks: [{ type: 'LearningRateScheduler', params: { schedule: '(epoch, lr) => (epoch < 2 ? lr : lr * 0.5)' } }] }),
    testConfig({ ...base, optimizer: { kind, learningRate: 0.05, schedule: { kind: 'ExponentialDecay', params: { initialLearningRate: 0.05, decaySteps: 5, decayRate: 0.7 } } }, fit: FIT }),
    // Another seed, scored on the same rows: splitSeed keeps the data and its split.
    testConfig({ ...base, optimizer: { kind, learningRate: 0.03 }, fit: { ...FIT, seed: 11, splitSeed: 7 }, callbacks: [{ type: 'ReduceLROnPlateau', params: { monitor: 'val_loss', patience: 1, factor: 0.5 } }] }),
    testConfig({ ...base, optimizer: { kind, learningRate: 0.02 }, fit: FIT, callbacks: [{ type: 'CustomCallback', params: { source: BOOM } }] }),
    // getWeights()/setWeights() on its slice: the lesson's own restore_best_weights ends on the same weights (the test score says so).
    testConfig({ ...base, optimizer: { kind, learningRate: 0.2 }, fit: FIT, callbacks: [{ type: 'CustomCallback', params: { source: KEEP_BEST_WEIGHTS } }] }),
    testConfig({ ...base, optimizer: { kind, learningRate: 0.02 }, fit: { ...FIT, epochs: 3 }, callbacks: [{ type: 'ModelCheckpoint', params: { filepath: 'best-{epoch:02d}.keras', monitor: 'val_loss', saveBestOnly: true } }] }),
  ];
}

const relativeDifference = (a: number, b: number): number => (a === b ? 0 : Math.abs(a - b) / Math.max(Math.abs(b), 1e-12));

function expectSameRun(stacked: VariantResult, solo: Awaited<ReturnType<typeof runTraining>>): void {
  expect(stacked.failure?.message ?? null).toBe(solo.result.failure?.message ?? null);
  expect(stacked.stopped).toEqual(solo.result.stopped);
  expect(stacked.epochsRun).toBe(solo.result.epochsRun);
  expect(stacked.records.map((record) => [record.lrDuring, record.lrAfter])).toEqual(solo.epochs.map((record) => [record.lrDuring, record.lrAfter]));
  const worst = Math.max(
    0,
    ...stacked.records.flatMap((record, epoch) =>
      ['loss', 'val_loss', 'val_accuracy'].map((key) => relativeDifference(record.logs[key] as number, solo.epochs[epoch]?.logs[key] as number)),
    ),
  );
  expect(worst).toBeLessThanOrEqual(1e-5);
  expect(Object.keys(stacked.history).sort()).toEqual(Object.keys(solo.result.history).sort());
  expect(stacked.test).toEqual(solo.result.test);
}

describe('a variant in a stack trains exactly as its config alone (cpu)', () => {
  test.each(OPTIMIZER_KINDS)('%s', async (kind) => {
    const configs = variants(kind);
    const before = tf.memory().numTensors;
    const sinks = configs.map(() => new MemoryCheckpointSink());
    const prepared = prepareRun(configs[0] as RunConfig);
    prepared.compiled.dispose();
    const results = await trainStacked({ configs, data: prepared.data, sinks, control: new RunControl() });
    expect(tf.memory().numTensors).toBe(before);

    for (const [index, config] of configs.entries()) {
      const solo = await runTraining(config);
      solo.prepared.compiled.dispose();
      expectSameRun(results[index] as VariantResult, solo);
      if (index === 6) {
        // Its checkpoints are ordinary entries: the same names, epochs and weights as alone.
        expect(sinks[6]?.saved.map((save) => save.request.name)).toEqual(solo.sink.saved.map((save) => save.request.name));
        expect(sinks[6]?.saved.at(-1)?.weights.map((weight) => weight.name)).toEqual(solo.sink.saved.at(-1)?.weights.map((weight) => weight.name));
        const stackedWeights = sinks[6]?.saved.at(-1)?.weights.map((weight) => Array.from(weight.data)) ?? [];
        const soloWeights = solo.sink.saved.at(-1)?.weights.map((weight) => Array.from(weight.data)) ?? [];
        expect(stackedWeights.flat().length).toBe(soloWeights.flat().length);
        stackedWeights.flat().forEach((value, position) => expect(relativeDifference(value, soloWeights.flat()[position] as number)).toBeLessThanOrEqual(1e-5));
      }
    }
    // The variant that threw ended alone, at its line; the others went on to their ends.
    expect(results[5]?.failure).toMatchObject({ callback: 'Boom', hook: 'onEpochEnd', epoch: 2, line: 3 });
    expect(results[0]?.epochsRun).toBe(6);
    expect(results[1]?.stopped?.by).toBe('EarlyStopping');
  });
});

test('with use_ema, each variant ends on its moving averages, as alone', async () => {
  const base = { model: { hiddenLayers: [{ units: 8, activation: 'relu' }] }, fit: { ...FIT, epochs: 4 } };
  const configs = [0.01, 0.05].map((learningRate, index) =>
    testConfig({ ...base, optimizer: { kind: 'adam', learningRate, useEma: true, emaMomentum: 0.9 }, callbacks: index === 1 ? [{ type: 'EarlyStopping', params: { monitor: 'loss', patience: 0, minDelta: 0.5 } }] : [] }),
  );
  const prepared = prepareRun(configs[0] as RunConfig);
  prepared.compiled.dispose();
  const results = await trainStacked({ configs, data: prepared.data, sinks: configs.map(() => new MemoryCheckpointSink()), control: new RunControl() });
  for (const [index, config] of configs.entries()) {
    const solo = await runTraining(config);
    solo.prepared.compiled.dispose();
    expectSameRun(results[index] as VariantResult, solo);
  }
  expect(results[1]?.stopped?.by).toBe('EarlyStopping');
});

test('a variant whose code loops forever ends alone, at its line; its neighbour trains to the end as alone', async () => {
  const spin = 'class Spin extends Callback {\n  onEpochEnd(epoch) {\n    if (epoch === 1) while (true) {}\n  }\n}';
  const base = { model: { hiddenLayers: [{ units: 8, activation: 'relu' }] }, optimizer: { kind: 'adam', learningRate: 0.01 }, fit: { ...FIT, epochs: 3 } };
  const configs = [testConfig(base), testConfig({ ...base, callbacks: [{ type: 'CustomCallback', params: { source: spin } }] })];
  const prepared = prepareRun(configs[0] as RunConfig);
  prepared.compiled.dispose();
  const results = await trainStacked({ configs, data: prepared.data, sinks: configs.map(() => new MemoryCheckpointSink()), control: new RunControl() });
  expect(results[1]?.failure).toMatchObject({ callback: 'Spin', hook: 'onEpochEnd', epoch: 1, line: 3 });
  expect(results[1]?.failure?.message).toMatch(/this loop ran for more than 5 s/);
  const solo = await runTraining(configs[0] as RunConfig);
  solo.prepared.compiled.dispose();
  expectSameRun(results[0] as VariantResult, solo);
}, 30_000);

test('NaN in one variant stops that variant (its TerminateOnNaN), never its neighbour', async () => {
  // The NaN lesson's data: plain SGD at 20 diverges on the sine regression within a few batches.
  const base = { dataset: { kind: 'sine', size: 200, noise: 0.1 }, model: { hiddenLayers: [{ units: 8, activation: 'relu' }] }, fit: { ...FIT, epochs: 4 }, callbacks: [{ type: 'TerminateOnNaN', params: {} }] };
  const configs = [testConfig({ ...base, optimizer: { kind: 'sgd', learningRate: 0.01 } }), testConfig({ ...base, optimizer: { kind: 'sgd', learningRate: 20 } })];
  const prepared = prepareRun(configs[0] as RunConfig);
  prepared.compiled.dispose();
  const results = await trainStacked({ configs, data: prepared.data, sinks: configs.map(() => new MemoryCheckpointSink()), control: new RunControl() });
  expect(results[1]?.stopped?.by).toBe('TerminateOnNaN');
  for (const [index, config] of configs.entries()) {
    const solo = await runTraining(config);
    solo.prepared.compiled.dispose();
    expect(results[index]?.stopped).toEqual(solo.result.stopped);
    if (index === 0) expectSameRun(results[0] as VariantResult, solo);
  }
  expect(results[0]?.epochsRun).toBe(4);
});
