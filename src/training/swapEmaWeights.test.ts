/**
 * SwapEMAWeights in real training, with Keras's expectations
 * (`keras/src/callbacks/swap_ema_weights_test.py`): without `use_ema` it
 * fails with Keras's ValueError; with it the last epoch's validation equals
 * an evaluation of the final model (fit ends on the EMA weights), which it
 * does not without the callback; with `swap_on_epoch` a ModelCheckpoint
 * after it saves the EMA weights, one before it the training weights.
 */
import * as tf from '@tensorflow/tfjs';
import { beforeAll, describe, expect, test } from 'vitest';
import type { Samples } from './datasets/split';
import { evaluateSamples } from './evaluation';
import { runTraining, testConfig, useCpuBackend } from './trainerTestKit';

beforeAll(useCpuBackend);

const EMA_SGD = { kind: 'sgd', learningRate: 0.1, useEma: true, emaMomentum: 0.9 };
const fit = { epochs: 3, batchSize: 16, validationSplit: 0.25, seed: 11 };

async function trainWith(callbacks: unknown[], optimizer: Record<string, unknown> = EMA_SGD) {
  const run = await runTraining(testConfig({ optimizer, fit, callbacks }));
  const { compiled, data } = run.prepared;
  const final = await evaluateSamples(compiled, data.validation as Samples, data.features, data.outputs, fit.batchSize);
  const weights = compiled.model.getWeights().map((weight) => Array.from(weight.dataSync()));
  compiled.dispose();
  return { ...run, final, weights };
}

const savedWeights = (run: Awaited<ReturnType<typeof trainWith>>, name: string) =>
  run.sink.saved.filter((save) => save.request.name === name).at(-1)?.weights.map((weight) => Array.from(weight.data));

describe('SwapEMAWeights', () => {
  test("without use_ema the run fails with Keras's ValueError when validation begins", async () => {
    const { result } = await trainWith([{ type: 'SwapEMAWeights' }], { kind: 'sgd', learningRate: 0.1 });
    expect(result.failure).toMatchObject({
      callback: 'SwapEMAWeights',
      hook: 'onTestBegin',
      epoch: 0,
      message: 'SwapEMAWeights must be used when `use_ema=True` is set on the optimizer. Received: use_ema=False',
    });
  });

  test('validation runs on the EMA weights: the last val_loss is the final (EMA) model’s, as it is not without the callback', async () => {
    const plain = await trainWith([]);
    const swapped = await trainWith([{ type: 'SwapEMAWeights' }]);
    expect(swapped.result.failure).toBeNull();
    // Training itself is untouched: the weights go back after each validation.
    expect(swapped.epochs.map((epoch) => epoch.logs['loss'])).toEqual(plain.epochs.map((epoch) => epoch.logs['loss']));
    expect(swapped.weights).toEqual(plain.weights);
    expect(swapped.epochs.at(-1)?.logs['val_loss']).toBeCloseTo(swapped.final['loss'] ?? Number.NaN, 6);
    expect(Math.abs((plain.epochs.at(-1)?.logs['val_loss'] ?? 0) - (plain.final['loss'] ?? 0))).toBeGreaterThan(1e-6);
    expect(swapped.epochs.map((epoch) => epoch.logs['val_loss'])).not.toEqual(plain.epochs.map((epoch) => epoch.logs['val_loss']));
  });

  test('swap_on_epoch: a ModelCheckpoint after it saves the EMA weights, one before it the training weights', async () => {
    const checkpoint = (filepath: string) => ({ type: 'ModelCheckpoint', params: { filepath } });
    const run = await trainWith([checkpoint('before.keras'), { type: 'SwapEMAWeights', params: { swapOnEpoch: true } }, checkpoint('after.keras')]);
    expect(run.result.failure).toBeNull();
    // fit ends on the EMA weights (finalize_variable_values), which the checkpoint after the swap saved at the last epoch.
    expect(savedWeights(run, 'after.keras')).toEqual(run.weights);
    expect(savedWeights(run, 'before.keras')).not.toEqual(run.weights);
  });

  test('leaks no tensor', async () => {
    await trainWith([{ type: 'SwapEMAWeights', params: { swapOnEpoch: true } }]);
    const before = tf.memory().numTensors;
    await trainWith([{ type: 'SwapEMAWeights', params: { swapOnEpoch: true } }]);
    expect(tf.memory().numTensors).toBe(before);
  });
});
