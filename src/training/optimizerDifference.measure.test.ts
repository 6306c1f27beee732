/**
 * How far tfjs's Adam is from Keras's (Plateau's) on the default lesson:
 * the same run trained twice on the cpu backend, once as Plateau trains
 * (Keras 3's Adam), once with each update handed to `tf.train.adam`
 * instead: same data, initial weights and batches. Prints each epoch's
 * val_loss and the largest relative difference. A measurement, not a test:
 * `npm run measure:optimizer-difference`.
 */
import * as tf from '@tensorflow/tfjs';
import { expect, it } from 'vitest';
import { defaultRunConfig } from '../config/runConfig';
import { MemoryCheckpointSink } from './checkpointSink';
import { prepareRun } from './prepareRun';
import { RunControl } from './runControl';
import { train } from './trainer';
import { immediateClock, useCpuBackend } from './trainerTestKit';

async function valLosses(withTfjsAdam: boolean): Promise<number[]> {
  const config = defaultRunConfig();
  const prepared = prepareRun(config);
  const { optimizer, variables } = prepared.compiled;
  const tfjsAdam = tf.train.adam(config.optimizer.learningRate, 0.9, 0.999, 1e-7);
  if (withTfjsAdam) {
    optimizer.apply = (gradients) => tfjsAdam.applyGradients(variables.map((variable, index) => ({ name: variable.name, tensor: gradients[index] as tf.Tensor })));
  }
  const result = await train({ config, ...prepared, sink: new MemoryCheckpointSink(), control: new RunControl(), clock: immediateClock });
  prepared.compiled.dispose();
  tfjsAdam.dispose();
  return result.history['val_loss'] ?? [];
}

it.skipIf(!process.env['PLATEAU_MEASURE'])('val_loss with Keras’s Adam against tfjs’s, default lesson', async () => {
  await useCpuBackend();
  const keras = await valLosses(false);
  const tfjs = await valLosses(true);
  const relative = keras.map((value, epoch) => Math.abs((tfjs[epoch] as number) - value) / Math.abs(value));
  const lines = ['epoch  val_loss (Keras Adam)  val_loss (tfjs Adam)  relative difference'];
  keras.forEach((value, epoch) => lines.push(`${String(epoch + 1).padStart(5)}  ${value.toFixed(6).padStart(20)}  ${(tfjs[epoch] as number).toFixed(6).padStart(20)}  ${(relative[epoch] as number).toExponential(2)}`));
  lines.push(JSON.stringify({ epochs: keras.length, maxRelativeDifference: Math.max(...relative), finalKeras: keras.at(-1), finalTfjs: tfjs.at(-1) }));
  console.log(lines.join('\n'));
  expect(keras).toHaveLength(tfjs.length);
});
