/**
 * Downloads a stored checkpoint as the two files tfjs's own `downloads://`
 * handler writes, `model.json` and `model.weights.bin`, which
 * `tf.loadLayersModel` loads back. Built from storage alone: no tfjs on the page.
 */
import { toTfjsModelArtifacts, type LoadedCheckpoint } from '../../storage';
import { MODEL_JSON_FILE, WEIGHTS_FILE } from '../../storage';
import { saveBlob } from '../files/saveBlob';

/** Throws for a weights-only checkpoint: without a topology tfjs cannot load it as a model. */
export function downloadCheckpoint(checkpoint: LoadedCheckpoint): void {
  if (checkpoint.topology === null) {
    throw new Error(`${checkpoint.name} holds weights only (as Keras's .weights.h5 does), so it has no model.json to load; restore it instead.`);
  }
  const { files } = toTfjsModelArtifacts(checkpoint);
  saveBlob(new Blob([files.modelJson], { type: 'application/json' }), MODEL_JSON_FILE);
  saveBlob(new Blob([files.weights], { type: 'application/octet-stream' }), WEIGHTS_FILE);
}
