/**
 * The setup as files: the JSON the page imports back (and
 * `npm run export-keras` reads), and the Keras 3 script. The Python
 * exporter loads on first use, keeping it out of the first visit's bundle.
 */
import { exportConfigJson } from '../../config/configFile';
import type { RunConfig } from '../../config/runConfig';
import { saveBlob } from '../files/saveBlob';

export function downloadSetupJson(config: RunConfig): void {
  saveBlob(new Blob([exportConfigJson(config)], { type: 'application/json' }), 'plateau-setup.json');
}

export async function downloadKerasScript(config: RunConfig): Promise<void> {
  const { exportKerasPython } = await import('../../export/kerasPython');
  saveBlob(new Blob([exportKerasPython(config)], { type: 'text/x-python' }), 'plateau_setup.py');
}
