import { describe, expect, it } from 'vitest';
import { KerasError } from './errors';
import { ReduceLROnPlateau } from './reduceLrOnPlateau';
import { simulate } from './simulate';
import type { Logs } from './types';

const valLoss = (...values: number[]): Logs[] => values.map((value) => ({ loss: value, val_loss: value }));

describe('ReduceLROnPlateau', () => {
  it('has Keras defaults', () => {
    const callback = new ReduceLROnPlateau();
    expect(callback).toMatchObject({ monitor: 'val_loss', factor: 0.1, patience: 10, verbose: 0, mode: 'auto', cooldown: 0, minLr: 0 });
    expect(callback.minDelta).toBe(1e-4);
  });

  it('refuses a factor of 1 or more with Keras\'s message, naming the parameter', () => {
    const attempt = () => new ReduceLROnPlateau({ factor: 1 });
    expect(attempt).toThrow(KerasError);
    expect(attempt).toThrow('ReduceLROnPlateau does not support a factor >= 1.0. Received factor=1.0');
    try {
      attempt();
    } catch (error) {
      expect((error as KerasError).param).toBe('factor');
    }
  });

  it('reduces after `patience` epochs without improvement and emits an event in Keras words', () => {
    const run = simulate({
      initialLr: 0.1,
      callbacks: [{ type: 'ReduceLROnPlateau', params: { factor: 0.5, patience: 2, minDelta: 0 } }],
      epochs: valLoss(1, 1, 1, 1, 1),
    });
    expect(run.lrAfter.map((lr) => Number(lr.toPrecision(6)))).toEqual([0.1, 0.1, 0.05, 0.05, 0.025]);
    expect(run.events.filter((event) => event.kind === 'lr_reduced').map((event) => [event.epoch, event.message])).toEqual([
      [2, 'Epoch 3: ReduceLROnPlateau reducing learning rate to 0.05000000074505806.'],
      [4, 'Epoch 5: ReduceLROnPlateau reducing learning rate to 0.02500000037252903.'],
    ]);
  });

  it('never goes below minLr and stops reducing once there', () => {
    const run = simulate({
      initialLr: 0.01,
      callbacks: [{ type: 'ReduceLROnPlateau', params: { factor: 0.1, patience: 0, minDelta: 0, minLr: 0.001 } }],
      epochs: valLoss(1, 1, 1, 1),
    });
    expect(run.lrAfter).toEqual([Math.fround(0.01), Math.fround(0.001), Math.fround(0.001), Math.fround(0.001)]);
    expect(run.events.filter((event) => event.kind === 'lr_reduced')).toHaveLength(1);
  });

  // The epoch on which the cooldown runs out already counts again, as in Keras.
  it('waits out the cooldown before counting again', () => {
    const run = simulate({
      initialLr: 1,
      callbacks: [{ type: 'ReduceLROnPlateau', params: { factor: 0.5, patience: 1, cooldown: 2, minDelta: 0 } }],
      epochs: valLoss(1, 1, 1, 1, 1, 1),
    });
    expect(run.lrAfter).toEqual([1, 0.5, 0.5, 0.25, 0.25, 0.125]);
  });

  it('in auto mode maximises a metric compiled with direction up', () => {
    const run = simulate({
      initialLr: 1,
      callbacks: [{ type: 'ReduceLROnPlateau', params: { monitor: 'val_accuracy', factor: 0.5, patience: 1, minDelta: 0 } }],
      epochs: [0.5, 0.6, 0.7, 0.6].map((accuracy) => ({ val_accuracy: accuracy })),
      metrics: [{ name: 'accuracy', direction: 'up' }],
    });
    expect(run.lrAfter).toEqual([1, 1, 1, 0.5]);
  });

  it('falls back to auto with a warning for an unknown mode', () => {
    const run = simulate({
      initialLr: 1,
      callbacks: [{ type: 'ReduceLROnPlateau', params: { mode: 'maximum' } }],
      epochs: valLoss(1),
    });
    expect(run.warnings.map((warning) => warning.message)).toEqual([
      "ReduceLROnPlateau mode 'maximum' is unknown, fallback to auto mode.",
    ]);
  });

  it('compares in float32, as Keras does: a gain smaller than float32 resolution is no improvement', () => {
    const run = simulate({
      initialLr: 1,
      callbacks: [{ type: 'ReduceLROnPlateau', params: { factor: 0.5, patience: 1, minDelta: 0 } }],
      epochs: valLoss(1, 1 - 1e-9),
    });
    expect(run.lrAfter).toEqual([1, 0.5]);
  });
});
