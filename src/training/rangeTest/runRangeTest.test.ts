import * as tf from '@tensorflow/tfjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_RANGE_TEST } from '../../callbacks/rangeTest/rangeTestSettings';
import { suggestRates } from '../../callbacks/rangeTest/suggestions';
import { immediateClock, runTraining, testConfig, useCpuBackend } from '../trainerTestKit';
import { runRangeTest } from './runRangeTest';

beforeAll(useCpuBackend);

const config = testConfig({ dataset: { kind: 'spiral', size: 300, noise: 0.1 }, optimizer: { kind: 'adam', learningRate: 0.01 } });

describe('runRangeTest', () => {
  it('draws the same curve twice, leaks no tensor, and finds a valley on the spiral', async () => {
    const before = tf.memory().numTensors;
    const first = await runRangeTest({ config, settings: DEFAULT_RANGE_TEST, clock: immediateClock });
    expect(tf.memory().numTensors).toBe(before);
    const second = await runRangeTest({ config, settings: DEFAULT_RANGE_TEST, clock: immediateClock });
    expect(second.points).toEqual(first.points);
    expect(['diverged', 'completed']).toContain(first.end);
    expect(first.points.length).toBeGreaterThan(30);
    expect(first.points[1]?.rate).toBeGreaterThan(first.points[0]?.rate ?? 0);
    expect(suggestRates(first).noValley).toBeNull();
  });

  it('leaves the next run exactly as it would have been', async () => {
    const alone = await runTraining(config);
    await runRangeTest({ config, settings: { ...DEFAULT_RANGE_TEST, steps: 20 }, clock: immediateClock });
    const after = await runTraining(config);
    expect(after.result.history).toEqual(alone.result.history);
  });

  it('works with every optimizer', async () => {
    for (const kind of ['sgd', 'rmsprop', 'adagrad', 'adamax', 'nadam', 'adamw'] as const) {
      const curve = await runRangeTest({ config: testConfig({ optimizer: { kind, learningRate: 0.01 } }), settings: { ...DEFAULT_RANGE_TEST, steps: 30 }, clock: immediateClock });
      expect(curve.points.length, kind).toBeGreaterThan(3);
    }
  });

  it('stops at once and says so when the loss is not finite', async () => {
    const curve = await runRangeTest({ config, settings: { startLr: 1e30, endLr: 1e38, steps: 20 }, clock: immediateClock });
    expect(curve.end).toBe('not_finite');
    expect(suggestRates(curve).suggestions).toEqual([]);
  });
});
