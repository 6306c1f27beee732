/**
 * The run both sides train: DESIGN.md §5's reference (MLP 2→32→32→1 on
 * 1,000 spiral points, Adam, batch 32, 20 % validation), so the bare
 * figures can be checked against the ones measured there. The playground
 * adds the full stack of §3; EarlyStopping's patience is high, so every
 * trial runs all its epochs.
 */

import type { RunConfigInput } from '../../src/config/presets';

/** What the bench hands the playground or a bare worker: its reference run, or a lesson (lessons.ts). */
export type BenchInput = BenchRunConfig | RunConfigInput;

export interface BenchRunConfig {
  dataset: { kind: 'spiral'; size: number; noise: number };
  model: { hiddenLayers: { units: number; activation: 'relu'; dropout: number }[] };
  optimizer: { kind: 'adam'; learningRate: number };
  fit: { epochs: number; batchSize: number; validationSplit: number; seed: number };
  callbacks: { type: string; params: Record<string, unknown> }[];
}

export const FULL_STACK: BenchRunConfig['callbacks'] = [
  { type: 'ReduceLROnPlateau', params: { monitor: 'val_loss', factor: 0.5, patience: 5, minLr: 1e-4 } },
  { type: 'EarlyStopping', params: { monitor: 'val_loss', patience: 10_000 } },
  { type: 'TerminateOnNaN', params: {} },
  { type: 'ModelCheckpoint', params: { filepath: 'best.keras', monitor: 'val_loss', saveBestOnly: true } },
  { type: 'LearningRateScheduler', params: { schedule: '(epoch, lr) => epoch < 10 ? lr : lr * Math.exp(-0.01)' } },
];

export function benchConfig(epochs: number, callbacks: BenchRunConfig['callbacks'] = []): BenchRunConfig {
  return {
    dataset: { kind: 'spiral', size: 1000, noise: 0.1 },
    model: {
      hiddenLayers: [
        { units: 32, activation: 'relu', dropout: 0 },
        { units: 32, activation: 'relu', dropout: 0 },
      ],
    },
    optimizer: { kind: 'adam', learningRate: 0.01 },
    fit: { epochs, batchSize: 32, validationSplit: 0.2, seed: 42 },
    callbacks,
  };
}

export const playgroundConfig = (epochs: number): BenchRunConfig => benchConfig(epochs, FULL_STACK);
export const bareConfig = (epochs: number): BenchRunConfig => benchConfig(epochs);
