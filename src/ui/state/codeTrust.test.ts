import { describe, expect, it } from 'vitest';
import { parseRunConfig, type RunConfig } from '../../config/runConfig';
import { blockingReason, createConfigStore } from './configStore';
import { addEntry, duplicateEntry, removeEntry, setParam } from './runDraft';

function runWith(callbacks: object[]): RunConfig {
  const parsed = parseRunConfig({ fit: { epochs: 3 }, callbacks });
  if (!parsed.ok) throw new Error('fixture must parse');
  return parsed.value;
}

const schedule = (source: string) => ({ type: 'LearningRateScheduler', params: { schedule: source } });
const sources = (store: ReturnType<typeof createConfigStore>) => store.getState().unacceptedCode.map((code) => code.source);

describe('consent for code from elsewhere', () => {
  it('holds back code in a pasted or imported run, names where it came from, and lets it run once accepted', () => {
    const store = createConfigStore();
    store.loadUntrusted(runWith([{ type: 'EarlyStopping' }, schedule('(e, lr) => lr * 0.5')]), 'a file');
    expect(store.getState().unacceptedCode).toEqual([{ where: 'callbacks[1] LearningRateScheduler', slot: 'cb2.schedule', source: '(e, lr) => lr * 0.5' }]);
    expect(blockingReason(store.getState())).toBe('This setup came with code from a file: review it and accept it before training.');
    store.acceptCode();
    expect(blockingReason(store.getState())).toBeNull();
    expect(store.getState().codeOrigin).toBeNull();
  });

  it('asks no second time for code already accepted, nor for code the user typed in a code field', () => {
    const store = createConfigStore();
    store.loadUntrusted(runWith([schedule('(e, lr) => lr * 0.5')]), 'a link');
    store.acceptCode();
    store.loadUntrusted(runWith([schedule('(e, lr) => lr * 0.5')]), 'pasted JSON');
    expect(sources(store)).toEqual([]);

    store.edit((draft) => addEntry(draft, 'LambdaCallback', {}));
    store.edit((draft) => setParam(draft, 'cb2', 'onEpochEnd', '(epoch) => {}'));
    expect(sources(store)).toEqual([]);
    // The same run pasted back (as the JSON field does) carries only code the user wrote.
    const state = store.getState();
    if (!state.validation.ok) throw new Error('run must be valid');
    store.loadUntrusted(state.validation.config, 'pasted JSON');
    expect(sources(store)).toEqual([]);
  });

  it('trusts a lesson’s code, as it is the page’s own', () => {
    const store = createConfigStore();
    store.load(runWith([{ type: 'CustomCallback', params: { source: 'class A extends Callback {}' } }]));
    expect(sources(store)).toEqual([]);
  });

  it('keeps code waiting when the user edits it or duplicates it before accepting, and stops waiting once it is removed', () => {
    const store = createConfigStore();
    store.loadUntrusted(runWith([schedule('(e, lr) => lr * 0.5')]), 'pasted JSON');
    store.edit((draft) => setParam(draft, 'cb1', 'schedule', '(e, lr) => lr * 0.25'));
    expect(sources(store)).toEqual(['(e, lr) => lr * 0.25']);
    store.edit((draft) => duplicateEntry(draft, 'cb1'));
    expect(sources(store)).toEqual(['(e, lr) => lr * 0.25', '(e, lr) => lr * 0.25']);
    expect(store.getState().codeOrigin).toBe('pasted JSON');
    store.edit((draft) => removeEntry(removeEntry(draft, 'cb1'), 'cb2'));
    expect(sources(store)).toEqual([]);
    expect(blockingReason(store.getState())).toBeNull();
  });
});
