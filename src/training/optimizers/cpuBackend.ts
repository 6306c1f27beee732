/** tfjs's cpu backend, for node: the optimizer CLI and the unit tests compute on it, in float32. */
import * as tf from '@tensorflow/tfjs';

export async function useCpuBackend(): Promise<void> {
  // PROD silences tfjs's advice to install tfjs-node, which would otherwise land on stdout before the JSON.
  tf.env().set('PROD', true);
  await tf.setBackend('cpu');
  await tf.ready();
}
