/**
 * `this.model.getWeights()` / `setWeights()` in a custom callback, on the
 * real trainer: Keras's `get_weights` shapes, Keras's `set_weights` errors
 * with the callback's line, and the "keep the best weights" lesson, whose
 * model ends with the best epoch's weights.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { PRESETS } from '../config/presets';
import { runConfigSchema } from '../config/runConfig';
import { evaluateSamples } from './evaluation';
import { runTraining, testConfig, useCpuBackend } from './trainerTestKit';

beforeAll(useCpuBackend);

const withCallback = (source: string, epochs = 2) =>
  testConfig({ model: { hiddenLayers: [{ units: 8, activation: 'relu' }] }, fit: { epochs, batchSize: 32, validationSplit: 0.25, seed: 3 }, callbacks: [{ type: 'CustomCallback', params: { source } }] });

describe('custom callbacks reach the weights as Keras users do', () => {
  it('getWeights() gives one nested array per weight, shaped as get_weights() (kernel [in][out], bias [out])', async () => {
    const source = `class Shapes extends Callback {
  onTrainEnd() {
    const shape = (value) => (Array.isArray(value) ? [value.length, ...shape(value[0])] : []);
    this.print(JSON.stringify(this.model.getWeights().map(shape)));
  }
}`;
    const messages: string[] = [];
    const run = await runTraining(withCallback(source), { listener: { onMessage: (message) => messages.push(message.message) } });
    run.prepared.compiled.dispose();
    expect(run.result.failure).toBeNull();
    expect(messages).toContain(JSON.stringify([[2, 8], [8], [8, 1], [1]]));
  });

  it.each([
    ['this.model.setWeights(this.model.getWeights().slice(1));', "ValueError: You called `set_weights(weights)` on layer 'sequential' with a weight list of length 3, but the layer was expecting 4 weights."],
    ['const w = this.model.getWeights(); w[1] = [0, 0]; this.model.setWeights(w);', 'ValueError: Layer sequential weight shape (8,) is not compatible with provided weight shape (2,).'],
  ])('setWeights with the wrong list fails with Keras’s message and the callback’s line: %s', async (call, message) => {
    const source = `class Wrong extends Callback {
  onEpochEnd(epoch, logs) {
    ${call}
  }
}`;
    const run = await runTraining(withCallback(source));
    run.prepared.compiled.dispose();
    expect(run.result.failure).toMatchObject({ callback: 'Wrong', hook: 'onEpochEnd', epoch: 0, line: 3 });
    expect(run.result.failure?.message).toContain(message);
  });

  it('the lesson: the model ends with the weights of the epoch whose val_loss was lowest', async () => {
    const lesson = PRESETS.find((preset) => preset.id === 'own-best-weights');
    if (!lesson) throw new Error('no own-best-weights lesson');
    const config = runConfigSchema.parse({ ...lesson.config, fit: { ...lesson.config.fit, epochs: 30 } });
    const messages: string[] = [];
    const run = await runTraining(config, { listener: { onMessage: (message) => messages.push(message.message) } });
    expect(run.result.failure).toBeNull();
    const valLosses = run.epochs.map((epoch) => epoch.logs['val_loss'] as number);
    const best = Math.min(...valLosses);
    expect(valLosses.at(-1)).not.toBe(best);
    const { data, compiled } = run.prepared;
    if (!data.validation) throw new Error('the lesson validates');
    const after = await evaluateSamples(compiled, data.validation, data.features, data.outputs, config.fit.batchSize);
    compiled.dispose();
    expect(after['loss']).toBeCloseTo(best, 5);
    expect(messages.at(-1)).toBe(`Restoring the weights of epoch ${valLosses.indexOf(best) + 1} (val_loss ${best.toFixed(4)}).`);
  });
});
