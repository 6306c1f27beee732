import { describe, expect, it } from 'vitest';
import { parseRunConfig, type RunConfig } from '../../config/runConfig';
import { callbackLines, runLine } from './stackSummary';

function config(raw: unknown): RunConfig {
  const parsed = parseRunConfig(raw);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
  return parsed.value;
}

describe('the embed’s stack summary', () => {
  it('lists each callback as its Keras call, in stack order, with Keras parameter names', () => {
    const run = config({
      callbacks: [
        { type: 'ReduceLROnPlateau', params: { monitor: 'val_loss', factor: 0.5, minLr: 0.0001 } },
        { type: 'EarlyStopping', params: { restoreBestWeights: true }, enabled: false },
        { type: 'LearningRateScheduler', params: { schedule: "(epoch, lr) => epoch < 10 ? lr : lr * Math.exp(-0.1) // a 'long' line" } },
      ],
    });
    expect(callbackLines(run)).toEqual([
      { text: "ReduceLROnPlateau(monitor='val_loss', factor=0.5, min_lr=0.0001)", disabled: false },
      { text: 'EarlyStopping(restore_best_weights=True)', disabled: true },
      { text: "LearningRateScheduler(schedule='(epoch, lr) => epoch < 10 ? lr : lr * M…')", disabled: false },
    ]);
  });

  it('says what the run trains on and for how long', () => {
    expect(runLine(config({ fit: { epochs: 7 } }))).toBe('Two spirals (2-D, classes) · MLP 16-16 · adam lr 0.01 · 7 epochs, batch 32');
    expect(runLine(config({ model: { hiddenLayers: [] }, optimizer: { schedule: { kind: 'ExponentialDecay', params: { initialLearningRate: 0.1, decaySteps: 10, decayRate: 0.9 } } } }))).toBe(
      'Two spirals (2-D, classes) · MLP no hidden layers · adam ExponentialDecay · 50 epochs, batch 32',
    );
  });
});
