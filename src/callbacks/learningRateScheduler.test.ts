import { describe, expect, it } from 'vitest';
import { simulate } from './simulate';

const epochs = (count: number) => Array.from({ length: count }, () => ({ loss: 1 }));

describe('LearningRateScheduler', () => {
  it('runs the Keras docstring schedule to 0.00607 after 15 epochs', () => {
    const run = simulate({
      initialLr: 0.01,
      callbacks: [{ type: 'LearningRateScheduler', params: { schedule: '(epoch, lr) => epoch < 10 ? lr : lr * Math.exp(-0.1)' } }],
      epochs: epochs(15),
    });
    expect(Number(run.lrAfter.at(-1)?.toFixed(5))).toBe(0.00607);
    expect(run.history.learning_rate).toHaveLength(15);
  });

  it('accepts a one-argument schedule and a function expression', () => {
    const run = simulate({
      initialLr: 0.5,
      callbacks: [{ type: 'LearningRateScheduler', params: { schedule: 'function (epoch) { return 0.1 / (epoch + 1); }' } }],
      epochs: epochs(2),
    });
    expect(run.lrDuring).toEqual([Math.fround(0.1), Math.fround(0.05)]);
  });

  it('announces each setting in Keras words when verbose', () => {
    const run = simulate({
      initialLr: 0.5,
      callbacks: [{ type: 'LearningRateScheduler', params: { schedule: '() => 0.00001', verbose: 1 } }],
      epochs: epochs(1),
    });
    expect(run.messages.map((message) => message.message)).toEqual(['\nEpoch 1: LearningRateScheduler setting learning rate to 1e-05.']);
  });

  it('raises Keras\'s ValueError when the schedule does not return a number', () => {
    const run = simulate({
      initialLr: 0.5,
      callbacks: [{ type: 'LearningRateScheduler', params: { schedule: '(epoch) => undefined' } }],
      epochs: epochs(2),
    });
    expect(run.error).toMatchObject({
      type: 'ValueError',
      hook: 'onEpochBegin',
      epoch: 0,
      message: 'The output of the `schedule` function should be a float. Got: None',
    });
  });

  it('reports an error thrown by the schedule with its line', () => {
    const run = simulate({
      initialLr: 0.5,
      callbacks: [{ type: 'LearningRateScheduler', params: { schedule: '(epoch, lr) => {\n  if (epoch > 0) throw new Error("boom");\n  return lr;\n}' } }],
      epochs: epochs(3),
    });
    expect(run.error).toMatchObject({ callback: 'LearningRateScheduler', epoch: 1, line: 2, message: 'Error: boom (line 2)' });
    expect(run.epochsRun).toBe(1);
  });
});
