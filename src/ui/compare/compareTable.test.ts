import { describe, expect, test } from 'vitest';
import type { CallbackEvent } from '../../callbacks';
import type { EpochRow } from '../../training/protocol';
import { callbacksThatActed, monitoredMetric, tableRow } from './compareTable';
import { IDLE_RUN, type VariantRun } from './variantRun';

const row = (epoch: number, logs: Record<string, number>, lrAfter = 0.01): EpochRow => ({ epoch, logs, lrDuring: 0.01, lrAfter, seconds: 0.1, tensors: 10 });
const event = (callback: string, kind: CallbackEvent['kind'], epoch: number, value?: number): CallbackEvent => ({
  callback,
  kind,
  epoch,
  batch: null,
  message: '',
  ...(value === undefined ? {} : { value }),
});

describe('monitoredMetric', () => {
  test('the first enabled callback with a monitor decides, with Keras default val_loss', () => {
    expect(monitoredMetric({ callbacks: [{ type: 'TerminateOnNaN', params: {} }, { type: 'EarlyStopping', params: { monitor: 'val_accuracy' } }] }, [])).toBe('val_accuracy');
    expect(monitoredMetric({ callbacks: [{ type: 'ReduceLROnPlateau', params: {} }] }, [])).toBe('val_loss');
    expect(monitoredMetric({ callbacks: [{ type: 'EarlyStopping', enabled: false, params: { monitor: 'loss' } }] }, [row(0, { loss: 1 })])).toBe('loss');
    expect(monitoredMetric({ callbacks: [] }, [row(0, { loss: 1, val_loss: 1 })])).toBe('val_loss');
  });
});

test('callbacksThatActed counts actions, not a scheduler repeating its rate', () => {
  const events = [
    event('LearningRateScheduler', 'lr_scheduled', 0, 0.1),
    event('LearningRateScheduler', 'lr_scheduled', 1, 0.1),
    event('LearningRateScheduler', 'lr_scheduled', 2, 0.05),
    event('ReduceLROnPlateau', 'lr_reduced', 3, 0.025),
    event('ReduceLROnPlateau', 'lr_reduced', 5, 0.0125),
    event('EarlyStopping', 'early_stopping', 6),
    event('ModelCheckpoint', 'checkpoint_not_improved', 6),
  ];
  expect(callbacksThatActed(events)).toEqual(['LearningRateScheduler', 'ReduceLROnPlateau ×2', 'EarlyStopping']);
});

test('tableRow: best monitored value and its 1-based epoch, final rate, epochs, wall time', () => {
  const run: VariantRun = {
    ...IDLE_RUN,
    status: 'done',
    history: [row(0, { loss: 1, val_loss: 0.9 }), row(1, { loss: 0.5, val_loss: 0.4 }), row(2, { loss: 0.4, val_loss: 0.45 }, 0.005)],
    events: [event('ReduceLROnPlateau', 'lr_reduced', 2, 0.005)],
    summary: { epochsRun: 3, stopped: null, failure: null, test: null, files: {}, tensorsAfterRun: 0, seconds: 1.2 },
    startedAt: 1000,
    endedAt: 2500,
  };
  expect(tableRow({ callbacks: [{ type: 'ReduceLROnPlateau', params: { monitor: 'val_loss' } }] }, run)).toEqual({
    monitor: 'val_loss',
    best: 0.4,
    bestEpoch: 2,
    finalLr: 0.005,
    epochsRun: 3,
    wallSeconds: 1.5,
    acted: ['ReduceLROnPlateau'],
    custom: [],
  });
  const accuracy = tableRow({ callbacks: [{ type: 'EarlyStopping', params: { monitor: 'val_accuracy' } }] }, {
    ...run,
    history: [row(0, { val_accuracy: 0.6 }), row(1, { val_accuracy: 0.8 }), row(2, { val_accuracy: 0.7 })],
  });
  expect([accuracy.best, accuracy.bestEpoch]).toEqual([0.8, 2]);
  const logged = [{ ...event('Probe', 'custom_value', 0, 0.7), name: 'first_batch_loss' }, { ...event('Probe', 'custom_value', 1, 0.5), name: 'first_batch_loss' }];
  expect(tableRow({ callbacks: [] }, { ...run, events: logged }).custom).toEqual([['first_batch_loss', 0.5]]);
  expect(tableRow({ callbacks: [] }, IDLE_RUN)).toMatchObject({ best: null, bestEpoch: null, finalLr: null, epochsRun: 0, wallSeconds: null });
});
