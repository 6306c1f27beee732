import { describe, expect, it } from 'vitest';
import { defaultRunConfig, parseRunConfig } from './runConfig';

describe('RunConfig', () => {
  it('has defaults for everything, so an empty object is a complete run', () => {
    const config = defaultRunConfig();
    expect(config).toMatchObject({ v: 2, fit: { testSplit: 0.2 }, optimizer: { kind: 'adam', learningRate: 0.01, schedule: null }, callbacks: [] });
    expect(config.model.hiddenLayers.length).toBeGreaterThan(0);
  });

  it('reads an empty LambdaCallback hook as no hook, not as an error', () => {
    const parsed = parseRunConfig({ callbacks: [{ type: 'LambdaCallback', params: { onEpochEnd: '  ', onTrainBegin: '() => {}' } }] });
    expect(parsed.ok).toBe(true);
    expect(parsed.ok && JSON.parse(JSON.stringify(parsed.value.callbacks[0]?.params))).toEqual({ onTrainBegin: '() => {}' });
    expect(parseRunConfig({ callbacks: [{ type: 'LambdaCallback', params: { onEpochEnd: '(epoch' } }] }).ok).toBe(false);
  });

  it('accepts a learning-rate schedule on the optimizer', () => {
    const parsed = parseRunConfig({
      optimizer: { schedule: { kind: 'ExponentialDecay', params: { initialLearningRate: 0.1, decaySteps: 100, decayRate: 0.9 } } },
    });
    expect(parsed.ok).toBe(true);
  });

  it("refuses, in Keras's words, a callback that would set the rate of a schedule-driven optimizer", () => {
    const parsed = parseRunConfig({
      optimizer: { schedule: { kind: 'CosineDecay', params: { initialLearningRate: 0.1, decaySteps: 100 } } },
      callbacks: [
        { type: 'EarlyStopping' },
        { type: 'ReduceLROnPlateau' },
        { type: 'LearningRateScheduler', enabled: false, params: { schedule: '(e, lr) => lr' } },
      ],
    });
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(parsed.problems).toHaveLength(1);
    expect(parsed.problems[0]?.path).toBe('callbacks[1]');
    expect(parsed.problems[0]?.message).toMatch(/^This optimizer was created with a `LearningRateSchedule` object/);
  });
});
