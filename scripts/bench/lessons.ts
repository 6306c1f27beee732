/**
 * The lessons of DESIGN.md §3's newer figures: the default lesson (the
 * setup a first visit opens with) and the MNIST CNN lesson (§9), with the
 * epochs a trial needs; `bare` drops the callbacks for plain `model.fit`.
 */
import { PRESETS, type RunConfigInput } from '../../src/config/presets';
import { defaultRunConfig } from '../../src/config/runConfig';

function withEpochs(config: RunConfigInput, epochs: number, bare: boolean): RunConfigInput {
  return { ...config, fit: { ...config.fit, epochs }, ...(bare ? { callbacks: [] } : {}) };
}

export function cnnLesson(epochs: number, bare = false): RunConfigInput {
  const preset = PRESETS.find((candidate) => candidate.id === 'mnist-cnn');
  if (!preset) throw new Error('the mnist-cnn lesson is gone from src/config/presets.ts');
  return withEpochs(preset.config, epochs, bare);
}

export function defaultLesson(epochs: number, bare = false): RunConfigInput {
  return withEpochs(defaultRunConfig(), epochs, bare);
}
