import { describe, expect, test } from 'vitest';
import { defaultRunConfig, type RunConfig } from '../config/runConfig';
import { fastestBackend, modelSignature, timingKey } from './backendTimings';

const base = defaultRunConfig();
const withFit = (fit: Partial<RunConfig['fit']>): RunConfig => ({ ...base, fit: { ...base.fit, ...fit } });
const device = { webgpu: 'google swiftshader', webgl: 'SwiftShader', cores: 2 };

describe('cache keys', () => {
  test('what does not change a batch cost keeps the key: epochs, seed, learning rate, dataset size, callbacks', () => {
    const same: RunConfig[] = [
      withFit({ epochs: 3, seed: 7 }),
      { ...base, optimizer: { ...base.optimizer, learningRate: 0.5 } },
      { ...base, dataset: { kind: 'spiral', size: 2000, noise: 0.3 } },
      { ...base, callbacks: [] },
    ];
    for (const config of same) expect(modelSignature(config)).toBe(modelSignature(base));
  });

  test('what does changes it: the layers, the batch size, the optimizer, the data', () => {
    const different: RunConfig[] = [
      withFit({ batchSize: 64 }),
      { ...base, model: { ...base.model, hiddenLayers: [{ units: 8, activation: 'relu', dropout: 0 }] } },
      { ...base, optimizer: { kind: 'sgd', learningRate: 0.01 } as RunConfig['optimizer'] },
      { ...base, dataset: { kind: 'iris' } },
    ];
    for (const config of different) expect(modelSignature(config)).not.toBe(modelSignature(base));
  });

  test('the device is part of the key', () => {
    expect(timingKey(base, device)).not.toBe(timingKey(base, { ...device, webgpu: 'nvidia ampere' }));
    expect(timingKey(base, device)).toBe(timingKey(base, { ...device }));
  });
});

test('the fastest backend is the one timed fastest; untimed ones never win', () => {
  expect(
    fastestBackend([
      { name: 'webgpu', msPerEpoch: null, note: 'software adapter' },
      { name: 'cpu', msPerEpoch: 45, note: null },
      { name: 'wasm', msPerEpoch: 31, note: null },
    ]),
  ).toBe('wasm');
  expect(fastestBackend([{ name: 'webgpu', msPerEpoch: null, note: 'no gpu' }])).toBeNull();
});
