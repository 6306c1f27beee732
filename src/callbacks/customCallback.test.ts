import { describe, expect, it } from 'vitest';
import { HOOK_NAMES } from './types';
import { simulate } from './simulate';
import { createCustomCallback } from './customCallback';
import { UserCodeError } from './userCode';

describe('custom callbacks', () => {
  it('can stop training and set the learning rate through this.model, as in Keras', () => {
    const source = `class Halver extends Callback {
  onEpochEnd(epoch, logs) {
    this.model.optimizer.learningRate = this.model.optimizer.learningRate / 2;
    if (logs.loss < 0.5) this.model.stopTraining = true;
  }
}`;
    const run = simulate({
      initialLr: 1,
      callbacks: [{ type: 'CustomCallback', params: { source } }],
      epochs: [{ loss: 1 }, { loss: 0.4 }, { loss: 0.3 }],
    });
    expect(run.lrAfter).toEqual([0.5, 0.25]);
    expect(run.stopped).toEqual({ epoch: 1, batch: null, by: 'Halver' });
  });

  it('can log values, place markers and save checkpoints', () => {
    const source = `class extends Callback {
  onEpochEnd(epoch, logs) {
    this.log('gap', logs.val_loss - logs.loss);
    if (epoch === 1) { this.marker('halfway'); this.saveCheckpoint('mine.keras'); }
  }
}`;
    const run = simulate({
      initialLr: 1,
      callbacks: [{ type: 'CustomCallback', params: { source } }],
      epochs: [{ loss: 1, val_loss: 1.5 }, { loss: 1, val_loss: 1.25 }],
    });
    expect(run.events.filter((event) => event.kind === 'custom_value').map((event) => event.value)).toEqual([0.5, 0.25]);
    expect(run.events.some((event) => event.kind === 'custom_marker' && event.message === 'halfway')).toBe(true);
    expect(run.checkpoints).toEqual([{ epoch: 1, batch: null, name: 'mine.keras', value: null, kind: 'model' }]);
  });

  it('reports an error thrown in a hook with its line, and stops the run', () => {
    const source = 'class extends Callback {\n  onEpochBegin(epoch) {\n    if (epoch === 1) {\n      null.crash();\n    }\n  }\n}';
    const run = simulate({
      initialLr: 1,
      callbacks: [{ type: 'CustomCallback', params: { source } }],
      epochs: [{ loss: 1 }, { loss: 1 }, { loss: 1 }],
    });
    expect(run.error).toMatchObject({ hook: 'onEpochBegin', epoch: 1, line: 4 });
    expect(run.error?.message).toMatch(/^TypeError: .*\(line 4\)$/);
    expect(run.epochsRun).toBe(1);
  });

  it('refuses code that is not a Callback class', () => {
    expect(() => createCustomCallback('({ onEpochEnd() {} })', 'x')).toThrow(UserCodeError);
  });

  it('finds a syntax error at its line before running anything', () => {
    try {
      createCustomCallback('class extends Callback {\n  onEpochEnd(epoch logs) {}\n}', 'x');
      expect.unreachable();
    } catch (error) {
      expect((error as UserCodeError).problem.line).toBe(2);
    }
  });

  it('gets every one of the 14 hooks it defines', () => {
    const methods = HOOK_NAMES.map((hook) => `${hook}() { this.marker('${hook}'); }`).join('\n');
    const callback = createCustomCallback(`class extends Callback {\n${methods}\n}`, 'all');
    for (const hook of HOOK_NAMES) expect(Object.hasOwn(callback, hook)).toBe(true);
  });
});
