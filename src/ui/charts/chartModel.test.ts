import { describe, expect, it } from 'vitest';
import type { CallbackEvent } from '../../callbacks';
import type { EpochRow } from '../../training/protocol';
import { buildCustomChart, buildLearningRateChart, buildLogCharts, buildMarkers, competingLearningRateWriters, learningRateSetters } from './chartModel';

function row(epoch: number, logs: Record<string, number>, lrDuring = 0.01): EpochRow {
  return { epoch, logs, lrDuring, lrAfter: lrDuring, seconds: 0.1, tensors: 10 };
}

function event(epoch: number, callback: string, kind: CallbackEvent['kind'], value?: number, name?: string): CallbackEvent {
  return { epoch, batch: null, callback, kind, message: `${callback} ${kind}`, ...(value === undefined ? {} : { value }), ...(name === undefined ? {} : { name }) };
}

describe('chart model', () => {
  const history = [row(0, { loss: 1, val_loss: 1.2, accuracy: 0.5, val_accuracy: 0.4 }), row(1, { loss: 0.8, val_loss: 1.1, accuracy: 0.6, val_accuracy: 0.5 }, 0.002)];

  it('draws the loss with val_loss on one chart and each metric with its twin, by 1-based epoch', () => {
    const charts = buildLogCharts(history);
    expect(charts.map((chart) => chart.id)).toEqual(['loss', 'accuracy']);
    expect(charts[0]?.series.map((series) => series.key)).toEqual(['loss', 'val_loss']);
    expect(charts[0]?.rows[1]).toEqual({ epoch: 2, loss: 0.8, val_loss: 1.1 });
  });

  it('gives a loss that blows up a log axis, a healthy one a linear axis, and accuracy a ceiling of 1', () => {
    const blownUp = [0.9, 0.7, 0.6, 4e3, 9.9e18, 1.2e35, Number.NaN].map((loss, epoch) => row(epoch, { loss }));
    expect(buildLogCharts(blownUp)[0]?.scale).toBe('log');
    const charts = buildLogCharts(history);
    expect(charts[0]?.scale).toBe('linear');
    expect(charts[0]?.ceiling).toBeUndefined();
    expect(charts[1]?.ceiling).toBe(1);
  });

  it('draws the learning rate in effect during each epoch, as steps on a log axis', () => {
    const chart = buildLearningRateChart(history);
    expect(chart).toMatchObject({ scale: 'log', stepped: true });
    expect(chart.rows.map((r) => r['lr'])).toEqual([0.01, 0.002]);
  });

  it('marks where callbacks acted, skipping a schedule that kept the rate', () => {
    const events = [event(0, 'LearningRateScheduler', 'lr_scheduled', 0.01), event(1, 'LearningRateScheduler', 'lr_scheduled', 0.01), event(1, 'ReduceLROnPlateau', 'lr_reduced', 0.002), event(1, 'ModelCheckpoint', 'checkpoint_not_improved')];
    expect(buildMarkers(events, history).map((marker) => `${marker.epoch} ${marker.kind}`)).toEqual(['2 lr_reduced']);
  });

  it('marks a schedule that changes the rate every epoch once per stretch of changes, not at every epoch', () => {
    const rates = [0.1, 0.1, 0.09, 0.08, 0.07, 0.07, 0.05];
    const decaying = rates.map((rate, epoch) => row(epoch, { loss: 1 }, rate));
    const events = rates.map((rate, epoch) => event(epoch, 'LearningRateScheduler', 'lr_scheduled', rate));
    expect(buildMarkers(events, decaying).map((marker) => marker.epoch)).toEqual([3, 7]);
  });

  it('puts a checkpoint on the curve of the metric it monitors', () => {
    const saved = { ...event(1, 'ModelCheckpoint', 'checkpoint_saved', 1.1), message: 'Epoch 2: val_loss improved from 1.20000 to 1.10000, saving model to best.keras' };
    expect(buildMarkers([saved], history)[0]).toMatchObject({ epoch: 2, monitor: 'val_loss', value: 1.1 });
  });

  it('says which callback set the rate each epoch and when two compete', () => {
    const events = [event(0, 'ReduceLROnPlateau', 'lr_reduced', 0.001), event(1, 'LearningRateScheduler', 'lr_scheduled', 0.01)];
    expect([...learningRateSetters(events)]).toEqual([[2, 'LearningRateScheduler']]);
    expect(competingLearningRateWriters(events)).toEqual(['ReduceLROnPlateau', 'LearningRateScheduler']);
    expect(competingLearningRateWriters(events.slice(0, 1))).toEqual([]);
  });

  it('charts custom values by name', () => {
    const chart = buildCustomChart([event(0, 'Mine', 'custom_value', 0.3, 'gap'), event(1, 'Mine', 'custom_value', 0.2, 'gap')]);
    expect(chart?.rows).toEqual([{ epoch: 1, gap: 0.3 }, { epoch: 2, gap: 0.2 }]);
    expect(buildCustomChart([])).toBeNull();
  });
});
