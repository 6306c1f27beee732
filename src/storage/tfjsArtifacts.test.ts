import { describe, expect, it } from 'vitest';
import { SAMPLE_TOPOLOGY, sampleInput } from './checkpointTestKit';
import { toTfjsModelArtifacts } from './tfjsArtifacts';
import { packWeights } from './weightPacking';

function storedEntry(topology: string | null): Parameters<typeof toTfjsModelArtifacts>[0] {
  const { specs, data } = packWeights(sampleInput().weights);
  return { topology, weightSpecs: specs, weightData: data };
}

describe('toTfjsModelArtifacts', () => {
  it('gives tf.io.fromMemory its artifacts and a download its model.json and weights file', () => {
    const entry = storedEntry(SAMPLE_TOPOLOGY);
    const { artifacts, files } = toTfjsModelArtifacts(entry);
    expect(artifacts).toEqual({
      modelTopology: JSON.parse(SAMPLE_TOPOLOGY) as unknown,
      format: 'layers-model',
      generatedBy: 'Plateau',
      convertedBy: null,
      weightSpecs: entry.weightSpecs,
      weightData: entry.weightData,
    });
    expect(JSON.parse(files.modelJson)).toEqual({
      modelTopology: JSON.parse(SAMPLE_TOPOLOGY) as unknown,
      format: 'layers-model',
      generatedBy: 'Plateau',
      convertedBy: null,
      weightsManifest: [{ paths: ['model.weights.bin'], weights: entry.weightSpecs }],
    });
    expect(files.weights.byteLength).toBe(337 * 4);
    expect(new Float32Array(files.weights).slice(0, 32)).toEqual(sampleInput().weights[0]?.data);
  });

  it('leaves the topology out of a weights-only checkpoint', () => {
    const { artifacts, files } = toTfjsModelArtifacts(storedEntry(null));
    expect(artifacts).not.toHaveProperty('modelTopology');
    expect(JSON.parse(files.modelJson)).not.toHaveProperty('modelTopology');
  });

  it('refuses a topology that is not a JSON object', () => {
    expect(() => toTfjsModelArtifacts(storedEntry('[1, 2]'))).toThrow(/not a JSON object/);
  });
});
