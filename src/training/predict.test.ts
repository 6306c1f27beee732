import * as tf from '@tensorflow/tfjs';
import { beforeAll, expect, test } from 'vitest';
import { Callback, CallbackHost, CallbackList, type Logs, type TrainingPort } from '../callbacks';
import { modelConfigSchema, optimizerConfigSchema } from '../config/modelConfig';
import { buildModel } from './model';
import { predict } from './predict';
import { useCpuBackend } from './trainerTestKit';

beforeAll(useCpuBackend);

class HookRecorder extends Callback {
  readonly calls: string[] = [];
  override onPredictBegin(): void {
    this.calls.push('begin');
  }
  override onPredictBatchBegin(batch: number): void {
    this.calls.push(`batch ${batch}`);
  }
  override onPredictBatchEnd(batch: number, _logs: Logs): void {
    this.calls.push(`end ${batch}`);
  }
  override onPredictEnd(): void {
    this.calls.push('end');
  }
}

test('predicts in batches through the predict hooks, leaving no tensors', async () => {
  const compiled = buildModel(modelConfigSchema.parse({}), optimizerConfigSchema.parse({}), { features: 2, outputs: 1, task: 'binary' }, 1);
  const recorder = new HookRecorder();
  const list = new CallbackList([recorder], new CallbackHost({} as TrainingPort, []));
  const x = Float32Array.from({ length: 10 }, (_, i) => i / 10);
  const before = tf.memory().numTensors;
  const predicted = predict(compiled, list, x, 5, 2);
  const output = await predicted.data();
  predicted.dispose();
  expect(tf.memory().numTensors).toBe(before);
  expect(recorder.calls).toEqual(['begin', 'batch 0', 'end 0', 'batch 1', 'end 1', 'batch 2', 'end 2', 'end']);
  expect(output).toHaveLength(5);
  const direct = tf.tidy(() => compiled.model.predict(tf.tensor2d(x, [5, 2])) as tf.Tensor).dataSync();
  expect(Array.from(output)).toEqual(Array.from(direct));
  compiled.dispose();
});
