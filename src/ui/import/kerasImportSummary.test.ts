import { describe, expect, it } from 'vitest';
import { importKerasCallbacks } from '../../export/kerasImport';
import { createConfigStore } from '../state/configStore';
import { addEntry, replaceStack } from '../state/runDraft';
import { kerasImportSummary } from './kerasImportSummary';

describe('Keras import into the stack', () => {
  it('replaces the stack with what was read, under new ids, and says which line was left out', () => {
    const store = createConfigStore();
    store.edit((draft) => addEntry(draft, 'TerminateOnNaN', {}));
    const { entries, problems } = importKerasCallbacks("callbacks=[\n  keras.callbacks.EarlyStopping(patience=3),\n  TensorBoard(log_dir='logs'),\n]");
    store.edit((draft) => replaceStack(draft, entries));
    const { draft } = store.getState();
    expect(draft.callbacks.map(({ id, type, params }) => ({ id, type, params }))).toEqual([{ id: 'cb2', type: 'EarlyStopping', params: { patience: 3 } }]);
    expect(problems.map((problem) => problem.line)).toEqual([3]);
    expect(kerasImportSummary(entries.length, problems)).toMatch(/^The stack is now the 1 callback read\. Left out: line 3: /);
  });

  it('names the fit arguments and the optimizer it took', () => {
    const { entries, problems, fit, optimizer } = importKerasCallbacks('model.compile(optimizer=keras.optimizers.SGD(0.1))\nmodel.fit(x, y, epochs=3, shuffle=False)');
    expect(kerasImportSummary(entries.length, problems, { fit, optimizer })).toBe(
      "No callback was read, so the stack is unchanged. From fit(...): epochs, shuffle. The optimizer is now SGD, with the arguments given and Keras's defaults for the rest. Left out: line 2: fit's x and y are left out: the data is the dataset chosen in the Data settings",
    );
  });

  it('leaves the stack alone when nothing was read', () => {
    expect(kerasImportSummary(0, [{ line: 1, message: 'x' }])).toBe('No callback was read, so the stack is unchanged. Left out: line 1: x');
  });
});
