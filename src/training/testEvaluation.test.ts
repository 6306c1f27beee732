import { beforeAll, expect, test } from 'vitest';
import { evaluateSamples } from './evaluation';
import { loadWeightsInto } from './restoreCheckpoint';
import { prepareRun } from './prepareRun';
import { RunControl } from './runControl';
import { runTraining, testConfig, useCpuBackend } from './trainerTestKit';

beforeAll(useCpuBackend);

const shape = { dataset: { kind: 'spiral', size: 200, noise: 0.1 } };

test('when training ends, the final model is evaluated once on the held-out test set', async () => {
  const config = testConfig({ ...shape, fit: { epochs: 3, batchSize: 32, validationSplit: 0.25, testSplit: 0.2, seed: 4 } });
  const { result, prepared } = await runTraining(config);
  const { data, compiled } = prepared;
  expect(data.test?.rows).toBe(40);
  expect(result.test?.samples).toBe(40);
  const expected = await evaluateSamples(compiled, data.test ?? data.train, data.features, data.outputs, 32);
  expect(result.test?.logs).toEqual(expected);
  expect(Object.keys(expected)).toEqual(['loss', 'accuracy']);
  compiled.dispose();
});

test('after an early stop the test set measures the restored best weights, not the last ones', async () => {
  const config = testConfig({
    ...shape,
    fit: { epochs: 10, batchSize: 32, validationSplit: 0.25, testSplit: 0.2, seed: 5 },
    callbacks: [{ type: 'EarlyStopping', params: { monitor: 'val_loss', patience: 1, minDelta: 100, restoreBestWeights: true } }],
  });
  let firstEpochWeights: { name: string; shape: number[]; data: Float32Array }[] = [];
  const { result, prepared } = await runTraining(config, {
    onEpochEnd: (record, run) => {
      if (record.epoch === 0) {
        firstEpochWeights = run.compiled.model.weights.map((weight) => ({ name: weight.name, shape: weight.shape as number[], data: weight.read().dataSync() as Float32Array }));
      }
    },
  });
  expect(result.stopped).toMatchObject({ by: 'EarlyStopping' });
  prepared.compiled.dispose();
  // A fresh model holding epoch 1's weights scores exactly what the run reported.
  const best = prepareRun(config);
  loadWeightsInto(best.compiled.model, firstEpochWeights);
  const { data } = best;
  expect(result.test?.logs).toEqual(await evaluateSamples(best.compiled, data.test ?? data.train, data.features, data.outputs, 32));
  best.compiled.dispose();
});

test('a run stopped from the page is evaluated too; no test split, or a failed run, gives none', async () => {
  const control = new RunControl();
  const stopped = await runTraining(testConfig({ ...shape, fit: { epochs: 50, batchSize: 32, validationSplit: 0.2, testSplit: 0.1, seed: 1 } }), {
    control,
    onEpochEnd: (record) => record.epoch === 1 && control.stop(),
  });
  expect(stopped.result.stopped).toMatchObject({ by: 'Page' });
  expect(stopped.result.test?.samples).toBe(20);
  stopped.prepared.compiled.dispose();

  const none = await runTraining(testConfig({ ...shape, fit: { epochs: 1, batchSize: 32, validationSplit: 0.2, testSplit: 0, seed: 1 } }));
  expect(none.result.test).toBeNull();
  none.prepared.compiled.dispose();

  const source = "class Boom extends Callback { onEpochEnd() { throw new Error('boom'); } }";
  const failed = await runTraining(testConfig({ ...shape, callbacks: [{ type: 'CustomCallback', params: { source } }] }));
  expect(failed.result.failure?.message).toContain('boom');
  expect(failed.result.test).toBeNull();
  failed.prepared.compiled.dispose();
});
