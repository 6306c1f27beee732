/**
 * Shared set-up for the storage tests: a fresh database per test, and the
 * save of a default 2→16→16→1 model as the trainer would hand it over.
 * The tests import `fake-indexeddb/auto` themselves, before this kit runs.
 */
import { createStore, keys, type UseStore } from 'idb-keyval';
import { defaultRunConfig } from '../config/runConfig';
import type { CheckpointInput } from './checkpointEntry';
import type { ResumeInput, ResumeState } from './checkpointRecords';
import { isHistoryKey, isPayloadKey } from './checkpointKeys';
import type { NamedWeights } from './weightPacking';

let databases = 0;

export function freshIdb(): UseStore {
  databases += 1;
  return createStore(`plateau-checkpoints-test-${databases}`, 'checkpoints');
}

export async function payloadCount(idb: UseStore): Promise<number> {
  return (await keys(idb)).filter(isPayloadKey).length;
}

const LAYER_SIZES = [2, 16, 16, 1];

/** The default model's weights, in tfjs's order and names, filled from `seed` so two saves differ. */
export function defaultModelWeights(seed = 1): NamedWeights[] {
  const weights: NamedWeights[] = [];
  let next = seed;
  const fill = (length: number): Float32Array => Float32Array.from({ length }, () => (next = (next * 16807) % 2147483647) / 2147483647 - 0.5);
  for (let layer = 1; layer < LAYER_SIZES.length; layer++) {
    const inputs = LAYER_SIZES[layer - 1] ?? 0;
    const units = LAYER_SIZES[layer] ?? 0;
    weights.push({ name: `dense_Dense${layer}/kernel`, shape: [inputs, units], data: fill(inputs * units) });
    weights.push({ name: `dense_Dense${layer}/bias`, shape: [units], data: fill(units) });
  }
  return weights;
}

export const SAMPLE_TOPOLOGY = JSON.stringify({
  class_name: 'Sequential',
  config: {
    name: 'sequential_1',
    layers: LAYER_SIZES.slice(1).map((units, index) => ({
      class_name: 'Dense',
      config: { units, name: `dense_Dense${index + 1}`, activation: index === LAYER_SIZES.length - 2 ? 'linear' : 'relu' },
    })),
  },
  keras_version: 'tfjs-layers 4.22.0',
  backend: 'tensor_flow.js',
});

/** The engine's texts for epochs `0` to `epochs - 1`, as one per epoch. */
export function historyTexts(epochs: number, mark = ''): string[] {
  return Array.from({ length: epochs }, (_, epoch) => `{"epoch":${epoch}${mark ? `,"mark":"${mark}"` : ''}}`);
}

/** The resume state a save of `resume` loads back as: the epochs joined into one JSON array text. */
export function loadedResume(resume: ResumeInput): ResumeState {
  return { ...resume, history: `[${resume.history.join(',')}]` };
}

export async function historyRecordCount(idb: UseStore): Promise<number> {
  return (await keys(idb)).filter(isHistoryKey).length;
}

export function sampleInput(overrides: Partial<CheckpointInput> = {}): CheckpointInput {
  const epoch = overrides.epoch ?? 0;
  return {
    runId: 'run-a',
    session: 'session-1',
    name: 'best.keras',
    epoch,
    batch: null,
    monitor: 'val_loss',
    value: 0.5,
    weightsOnly: false,
    weights: defaultModelWeights(epoch + 1),
    topology: SAMPLE_TOPOLOGY,
    config: defaultRunConfig(),
    resume: { initialEpoch: epoch + 1, learningRate: 0.01, callbackState: '{"ModelCheckpoint":{"best":0.5}}', history: historyTexts(epoch + 1) },
    ...overrides,
  };
}
