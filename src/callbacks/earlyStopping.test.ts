import { describe, expect, it } from 'vitest';
import { simulate } from './simulate';

const valLoss = (...values: number[]) => values.map((value) => ({ val_loss: value }));

describe('EarlyStopping', () => {
  // Keras counts the epoch that failed to improve before comparing, so patience 0 and 1 stop alike.
  it.each([
    [0, 2],
    [1, 2],
    [2, 3],
    [3, 4],
  ])('with patience %i stops after epoch %i on a loss that stops improving after epoch 1', (patience, stopEpoch) => {
    const run = simulate({
      initialLr: 0.1,
      callbacks: [{ type: 'EarlyStopping', params: { patience } }],
      epochs: valLoss(1, 0.5, 0.6, 0.7, 0.8, 0.9, 1.0),
    });
    expect(run.stopped).toEqual({ epoch: stopEpoch, batch: null, by: 'EarlyStopping' });
    expect(run.events.find((event) => event.kind === 'early_stopping')?.message).toBe(`Epoch ${stopEpoch + 1}: early stopping`);
  });

  it('does not let baseline seed best (Keras 3), but keeps counting until it is beaten', () => {
    const run = simulate({
      initialLr: 0.1,
      callbacks: [{ type: 'EarlyStopping', params: { patience: 2, baseline: 0.5, restoreBestWeights: true } }],
      epochs: valLoss(0.9, 0.8, 0.85, 0.7, 0.6),
    });
    expect(run.stopped?.epoch).toBe(2);
    expect(run.restoredFromEpoch).toBe(1);
  });

  it('ignores epochs before startFromEpoch', () => {
    const run = simulate({
      initialLr: 0.1,
      callbacks: [{ type: 'EarlyStopping', params: { patience: 0, startFromEpoch: 3 } }],
      epochs: valLoss(1, 2, 3, 4, 5, 6),
    });
    expect(run.stopped?.epoch).toBe(4);
  });

  it('restores the best weights at the end even without an early stop', () => {
    const run = simulate({
      initialLr: 0.1,
      callbacks: [{ type: 'EarlyStopping', params: { patience: 10, restoreBestWeights: true } }],
      epochs: valLoss(1, 0.5, 0.7),
    });
    expect(run.stopped).toBeNull();
    expect(run.restoredFromEpoch).toBe(1);
    expect(run.events.at(-1)).toMatchObject({ kind: 'weights_restored', message: 'Restoring model weights from the end of the best epoch: 2.' });
  });

  it('warns in Keras words when the monitored metric is missing', () => {
    const run = simulate({
      initialLr: 0.1,
      callbacks: [{ type: 'EarlyStopping', params: {} }],
      epochs: [{ loss: 1 }],
    });
    expect(run.warnings[0]?.message).toBe(
      'Early stopping conditioned on metric `val_loss` which is not available. Available metrics are: loss',
    );
  });

  it('raises Keras\'s error when auto mode cannot tell the direction of a metric', () => {
    const run = simulate({
      initialLr: 0.1,
      callbacks: [{ type: 'EarlyStopping', params: { monitor: 'val_f1' } }],
      epochs: [{ val_f1: 0.5 }],
    });
    expect(run.error).toMatchObject({ callback: 'EarlyStopping', type: 'ValueError', hook: 'onEpochEnd', epoch: 0 });
    expect(run.error?.message).toContain("EarlyStopping callback received monitor=val_f1, but Keras isn't able to automatically determine");
  });
});
