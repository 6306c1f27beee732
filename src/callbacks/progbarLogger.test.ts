import { describe, expect, it } from 'vitest';
import { CallbackHost } from './callbackHost';
import { CallbackList } from './callbackList';
import { fakeTrainingPort } from './fakeTrainingPort';
import { formatStepTime, progbarLine } from './progbarLine';
import { ProgbarLogger, type ProgbarVerbose } from './progbarLogger';
import { ReduceLROnPlateau } from './reduceLrOnPlateau';

describe('progbarLine (keras/src/utils/progbar.py, finalize=True)', () => {
  it.each([
    [0, ' 0s/step'],
    [2.5, ' 2s/step'],
    [1, ' 1s/step'],
    [0.0031, ' 3ms/step'],
    [0.001, ' 1ms/step'],
    [0.0009, ' 900us/step'],
    [0.0000004, ' 0us/step'],
  ])('_format_time(%s) is "%s"', (seconds, text) => {
    expect(formatStepTime(seconds)).toBe(text);
  });

  it.each<[1 | 2, number, number, Record<string, number>, string]>([
    [2, 32, 0.096, { loss: 0.41234, val_loss: 0.50119 }, '32/32 - 0s - 3ms/step - loss: 0.4123 - val_loss: 0.5012'],
    [2, 7, 1.4, { accuracy: 0.5, loss: 0.6931 }, '7/7 - 1s - 200ms/step - accuracy: 0.5000 - loss: 0.6931'],
    [2, 100, 12.6, { loss: 0.0001 }, '100/100 - 13s - 126ms/step - loss: 1.0000e-04'],
    // verbose 2 compares the value itself with 1e-3, so a negative value shows as .4e.
    [2, 4, 0.004, { loss: -0.5 }, '4/4 - 0s - 1ms/step - loss: -5.0000e-01'],
    [2, 4, 0.004, { loss: Number.NaN }, '4/4 - 0s - 1ms/step - loss: nan'],
    [2, 4, 0.004, { loss: 0.3, learning_rate: 0.01 }, '4/4 - 0s - 1ms/step - loss: 0.3000 - learning_rate: 0.0100'],
    // verbose 1 compares the absolute value.
    [1, 32, 0.096, { loss: -0.5 }, '32/32 ━━━━━━━━━━━━━━━━━━━━ 0s 3ms/step - loss: -0.5000'],
  ])('verbose %s, %s steps in %ss', (verbose, steps, elapsed, logs, line) => {
    expect(progbarLine(verbose, { current: steps, target: steps, elapsed, secondsPerStep: elapsed / steps, logs })).toBe(line);
  });
});

function runEpochs(verbose: ProgbarVerbose, epochs: number, epochLogs: Record<string, number>[], before: ReduceLROnPlateau[] = []) {
  let clock = 0;
  let rate = 0.1;
  const port = fakeTrainingPort({ getLearningRate: () => rate, setLearningRate: (value) => (rate = value) });
  const host = new CallbackHost(port, []);
  const list = new CallbackList([...before, new ProgbarLogger({ verbose, now: () => clock })], host, { epochs, steps: 10 });
  list.onTrainBegin();
  epochLogs.forEach((logs, epoch) => {
    list.onEpochBegin(epoch);
    clock += 50;
    list.onEpochEnd(epoch, logs);
  });
  list.onTrainEnd();
  return host.messages.filter((message) => message.callback === 'ProgbarLogger').map((message) => message.message);
}

describe('ProgbarLogger in fit (keras/src/callbacks/progbar_logger.py)', () => {
  it('prints "Epoch e/E" as each epoch begins and the finalized line as it ends', () => {
    expect(runEpochs(2, 3, [{ loss: 0.9 }, { loss: 0.8 }])).toEqual([
      'Epoch 1/3',
      '10/10 - 0s - 5ms/step - loss: 0.9000',
      'Epoch 2/3',
      '10/10 - 0s - 5ms/step - loss: 0.8000',
    ]);
  });

  it('prints no epoch header when fit runs a single epoch', () => {
    expect(runEpochs(2, 1, [{ loss: 0.9 }])).toEqual(['10/10 - 0s - 5ms/step - loss: 0.9000']);
  });

  it('prints nothing with verbose 0', () => {
    expect(runEpochs(0, 3, [{ loss: 0.9 }])).toEqual([]);
  });

  it('shows the learning_rate a callback before it wrote into the logs (the rate the epoch trained with)', () => {
    const reduce = new ReduceLROnPlateau({ monitor: 'loss', patience: 0, factor: 0.5 });
    const lines = runEpochs(2, 3, [{ loss: 0.9 }, { loss: 0.95 }, { loss: 0.85 }], [reduce]);
    expect(lines[1]).toBe('10/10 - 0s - 5ms/step - loss: 0.9000 - learning_rate: 0.1000');
    expect(lines[3]).toBe('10/10 - 0s - 5ms/step - loss: 0.9500 - learning_rate: 0.1000');
    expect(lines[5]).toBe('10/10 - 0s - 5ms/step - loss: 0.8500 - learning_rate: 0.0500');
  });

  it('reads no batch logs, so training needs no per-batch read for it', () => {
    const list = new CallbackList([new ProgbarLogger({ verbose: 2, now: () => 0 })], new CallbackHost(fakeTrainingPort(), []));
    expect(list.overrides('onTrainBatchEnd')).toBe(false);
    expect(list.overrides('onTestBatchEnd')).toBe(false);
  });
});
