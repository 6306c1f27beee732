/**
 * A stored checkpoint in the shapes tfjs reads, as plain data (no tfjs
 * import, so the page can build a download without loading tfjs):
 * `artifacts` for `tf.io.fromMemory(artifacts)` and `tf.loadLayersModel`,
 * and `files` for a download that `tf.loadLayersModel` loads back, the same
 * two files as tfjs's own `downloads://` handler writes.
 *
 * A weights-only checkpoint has no topology, as Keras's `.weights.h5` has
 * none: its weights go into a model built from the stored config.
 */
import type { LoadedCheckpoint } from './checkpointEntry';
import type { WeightSpec } from './checkpointRecords';

export const MODEL_JSON_FILE = 'model.json';
export const WEIGHTS_FILE = 'model.weights.bin';
const GENERATED_BY = 'Plateau';

export type JsonObject = Record<string, unknown>;

export interface TfjsModelArtifacts {
  modelTopology?: JsonObject;
  format: 'layers-model';
  generatedBy: string;
  convertedBy: null;
  weightSpecs: WeightSpec[];
  weightData: ArrayBuffer;
}

export interface TfjsModelJson {
  modelTopology?: JsonObject;
  format: 'layers-model';
  generatedBy: string;
  convertedBy: null;
  weightsManifest: { paths: string[]; weights: WeightSpec[] }[];
}

export interface TfjsModelFiles {
  /** The text of `model.json`. */
  modelJson: string;
  /** The bytes of `model.weights.bin`. */
  weights: ArrayBuffer;
}

export type CheckpointArtifactsSource = Pick<LoadedCheckpoint, 'topology' | 'weightSpecs' | 'weightData'>;

function parseTopology(topology: string): JsonObject {
  const parsed: unknown = JSON.parse(topology);
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
    throw new TypeError('the stored model topology is not a JSON object');
  }
  return parsed as JsonObject;
}

/** `weightData` is shared with the entry, not copied. */
export function toTfjsModelArtifacts(entry: CheckpointArtifactsSource): { artifacts: TfjsModelArtifacts; files: TfjsModelFiles } {
  const topology = entry.topology === null ? {} : { modelTopology: parseTopology(entry.topology) };
  const header = { ...topology, format: 'layers-model' as const, generatedBy: GENERATED_BY, convertedBy: null };
  const modelJson: TfjsModelJson = { ...header, weightsManifest: [{ paths: [WEIGHTS_FILE], weights: entry.weightSpecs }] };
  return {
    artifacts: { ...header, weightSpecs: entry.weightSpecs, weightData: entry.weightData },
    files: { modelJson: JSON.stringify(modelJson), weights: entry.weightData },
  };
}
