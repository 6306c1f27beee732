/**
 * `fit`'s arguments as Keras's trainer reads them (`keras/src/trainers/trainer.py`
 * `_should_eval`, `keras/src/backend/tensorflow/trainer.py` `fit`): verbose's
 * ProgbarLogger lines, validation_freq, initial_epoch, shuffle.
 */
import * as tf from '@tensorflow/tfjs';
import { beforeAll, describe, expect, test } from 'vitest';
import type { CallbackMessage, CallbackWarning } from '../callbacks';
import { runTraining, testConfig, useCpuBackend } from './trainerTestKit';

beforeAll(useCpuBackend);

async function runWith(fit: Record<string, unknown>, callbacks: unknown[] = []) {
  const messages: CallbackMessage[] = [];
  const warnings: CallbackWarning[] = [];
  const config = testConfig({ fit: { epochs: 4, batchSize: 32, validationSplit: 0.25, seed: 7, ...fit }, callbacks });
  const run = await runTraining(config, { listener: { onMessage: (message) => messages.push(message), onWarning: (warning) => warnings.push(warning) } });
  run.prepared.compiled.dispose();
  return { ...run, messages, warnings };
}

describe('verbose: ProgbarLogger lines, as fit(verbose=2) prints them', () => {
  test('"Epoch e/E" and the epoch line with every log, val_ twins after', async () => {
    const { messages, result } = await runWith({ epochs: 2 });
    expect(result.failure).toBeNull();
    const lines = messages.filter((message) => message.callback === 'ProgbarLogger').map((message) => message.message);
    expect(lines).toHaveLength(4);
    expect(lines[0]).toBe('Epoch 1/2');
    expect(lines[1]).toMatch(/^3\/3 - \d+s - \d+(us|ms|s)\/step - accuracy: \d\.\d{4} - loss: \d\.\d{4} - val_accuracy: \d\.\d{4} - val_loss: \d\.\d{4}$/);
    expect(lines[2]).toBe('Epoch 2/2');
  });

  test('verbose 0 prints nothing', async () => {
    const { messages } = await runWith({ epochs: 2, verbose: 0 });
    expect(messages.filter((message) => message.callback === 'ProgbarLogger')).toEqual([]);
  });
});

describe('validation_freq (Trainer._should_eval)', () => {
  test.each<[number | number[], boolean[]]>([
    [1, [true, true, true, true]],
    [2, [false, true, false, true]],
    [3, [false, false, true, false]],
    [[1, 4], [true, false, false, true]],
  ])('validation_freq=%j validates after epochs %j', async (validationFreq, validated) => {
    const { epochs } = await runWith({ validationFreq });
    expect(epochs.map((epoch) => 'val_loss' in epoch.logs)).toEqual(validated);
  });

  test('a callback monitoring val_loss warns on the epochs without it, as Keras warns', async () => {
    const { warnings, result } = await runWith({ validationFreq: 2 }, [{ type: 'EarlyStopping', params: { monitor: 'val_loss', patience: 5 } }]);
    expect(result.failure).toBeNull();
    expect(warnings.map((warning) => warning.epoch)).toEqual([0, 2]);
    expect(warnings[0]?.message).toBe(
      'Early stopping conditioned on metric `val_loss` which is not available. Available metrics are: accuracy,loss',
    );
  });
});

describe('initial_epoch', () => {
  test('callbacks see epochs from initial_epoch on; the header counts to epochs', async () => {
    const { epochs, messages, result } = await runWith({ epochs: 4, initialEpoch: 2 });
    expect(epochs.map((epoch) => epoch.epoch)).toEqual([2, 3]);
    expect(result.epochsRun).toBe(4);
    expect(messages.filter((message) => message.message.startsWith('Epoch ')).map((message) => message.message)).toEqual(['Epoch 3/4', 'Epoch 4/4']);
  });

  test('a fresh run from initial_epoch trains as a run from epoch 0 (Keras numbers the epochs only)', async () => {
    const from0 = await runWith({ epochs: 2 });
    const from3 = await runWith({ epochs: 5, initialEpoch: 3 });
    expect(from3.epochs.map((epoch) => epoch.logs)).toEqual(from0.epochs.map((epoch) => epoch.logs));
  });

  test('initial_epoch at or past epochs runs no epoch', async () => {
    const { epochs, result } = await runWith({ epochs: 3, initialEpoch: 3 });
    expect(epochs).toEqual([]);
    expect(result.failure).toBeNull();
  });
});

describe('shuffle', () => {
  test('shuffle=false trains on the rows in order, and differs from a shuffled run', async () => {
    const ordered = await runWith({ epochs: 2, shuffle: false });
    const again = await runWith({ epochs: 2, shuffle: false });
    const shuffled = await runWith({ epochs: 2 });
    expect(ordered.epochs.map((epoch) => epoch.logs)).toEqual(again.epochs.map((epoch) => epoch.logs));
    expect(ordered.epochs[1]?.logs['loss']).not.toBe(shuffled.epochs[1]?.logs['loss']);
  });

  test('leaks no tensor', async () => {
    await runWith({ epochs: 1, shuffle: false });
    const before = tf.memory().numTensors;
    await runWith({ epochs: 2, shuffle: false });
    expect(tf.memory().numTensors).toBe(before);
  });
});

describe('class_weight', () => {
  test('weights of 1 for every class train exactly as no class_weight', async () => {
    const plain = await runWith({ epochs: 2 });
    const ones = await runWith({ epochs: 2, classWeight: { '0': 1, '1': 1 } });
    const close = (a: number, b: number) => Math.abs(a - b) <= 1e-6 * Math.max(1, Math.abs(b));
    plain.epochs.forEach((epoch, index) => {
      for (const [key, value] of Object.entries(epoch.logs)) expect(close(ones.epochs[index]?.logs[key] ?? Number.NaN, value), key).toBe(true);
    });
  });

  test('doubling every weight doubles the training loss at the first step, not the metric or val_ logs', async () => {
    const plain = await runWith({ epochs: 1, batchSize: 200 });
    const doubled = await runWith({ epochs: 1, batchSize: 200, classWeight: { '0': 2, '1': 2 } });
    const first = plain.epochs[0]?.logs ?? {};
    const twice = doubled.epochs[0]?.logs ?? {};
    // One batch: the logged loss is the loss before its step; the metric is a weighted mean, so unchanged.
    expect(twice['loss']).toBeCloseTo(2 * (first['loss'] ?? Number.NaN), 5);
    expect(twice['accuracy']).toBeCloseTo(first['accuracy'] ?? Number.NaN, 6);
    expect(twice['val_loss']).not.toBe(first['val_loss']);
  });

  test('leaks no tensor', async () => {
    await runWith({ epochs: 1, classWeight: { '1': 3 } });
    const before = tf.memory().numTensors;
    await runWith({ epochs: 2, classWeight: { '1': 3 } });
    expect(tf.memory().numTensors).toBe(before);
  });
});
