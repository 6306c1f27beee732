import { describe, expect, it, vi } from 'vitest';
import { blockingReason, createConfigStore, entryProblems, problemAt } from './configStore';
import { addEntry, duplicateEntry, moveEntry, removeEntry, setEntryEnabled, setParam, updateSection } from './runDraft';

describe('config store', () => {
  it('starts from the default run, which is valid', () => {
    const store = createConfigStore();
    expect(store.getState().validation.ok).toBe(true);
    expect(store.getState().draft.callbacks).toEqual([]);
  });

  it('assembles a stack, notifies subscribers, and keeps the order shown', () => {
    const store = createConfigStore();
    const listener = vi.fn();
    store.subscribe(listener);
    store.edit((draft) => addEntry(draft, 'ReduceLROnPlateau', {}));
    store.edit((draft) => addEntry(draft, 'EarlyStopping', { patience: 3 }));
    expect(listener).toHaveBeenCalledTimes(2);
    const { validation, draft } = store.getState();
    expect(validation.ok && validation.config.callbacks.map((spec) => spec.type)).toEqual(['ReduceLROnPlateau', 'EarlyStopping']);
    expect(draft.callbacks.map((entry) => entry.id)).toEqual(['cb1', 'cb2']);
  });

  it('reports an invalid field at its path and says why Train is blocked, then clears when fixed', () => {
    const store = createConfigStore();
    store.edit((draft) => addEntry(draft, 'ReduceLROnPlateau', {}));
    store.edit((draft) => setParam(draft, 'cb1', 'factor', 1.5));
    const state = store.getState();
    expect(problemAt(state.validation, 'callbacks[0].params.factor')).toContain('does not support a factor >= 1.0');
    expect(blockingReason(state)).toMatch(/^Fix 1 problem: ReduceLROnPlateau › factor: ReduceLROnPlateau does not support/);
    expect(entryProblems(state.validation, 0, ['factor'])).toEqual([]);
    store.edit((draft) => setParam(draft, 'cb1', 'factor', 0.5));
    expect(blockingReason(store.getState())).toBeNull();
  });

  it('labels settings problems and counts them', () => {
    const store = createConfigStore();
    store.edit((draft) => updateSection(draft, 'fit', { epochs: 0, batchSize: Number.NaN }));
    expect(blockingReason(store.getState())).toMatch(/^Fix 2 problems: Settings › epochs: must be 1 or more; Settings › batchSize/);
  });

  it('removes, duplicates after the original, disables and moves entries', () => {
    const store = createConfigStore();
    store.edit((draft) => addEntry(draft, 'EarlyStopping', {}));
    store.edit((draft) => addEntry(draft, 'TerminateOnNaN', {}));
    store.edit((draft) => duplicateEntry(draft, 'cb1'));
    expect(store.getState().draft.callbacks.map((entry) => entry.id)).toEqual(['cb1', 'cb3', 'cb2']);
    store.edit((draft) => moveEntry(draft, 'cb2', 0));
    expect(store.getState().draft.callbacks.map((entry) => entry.id)).toEqual(['cb2', 'cb1', 'cb3']);
    store.edit((draft) => moveEntry(draft, 'cb2', 99));
    expect(store.getState().draft.callbacks.map((entry) => entry.id)).toEqual(['cb1', 'cb3', 'cb2']);
    store.edit((draft) => setEntryEnabled(draft, 'cb3', false));
    const { validation } = store.getState();
    expect(validation.ok && validation.config.callbacks[1]?.enabled).toBe(false);
    store.edit((draft) => removeEntry(draft, 'cb1'));
    expect(store.getState().draft.callbacks.map((entry) => entry.id)).toEqual(['cb3', 'cb2']);
  });

  it('setting a parameter to undefined returns it to Keras’s default', () => {
    const store = createConfigStore();
    store.edit((draft) => addEntry(draft, 'EarlyStopping', { patience: 3 }));
    store.edit((draft) => setParam(draft, 'cb1', 'patience', undefined));
    expect(store.getState().draft.callbacks[0]?.params).toEqual({});
  });

  it('does not notify when a change leaves the draft as it was', () => {
    const store = createConfigStore();
    const listener = vi.fn();
    store.subscribe(listener);
    store.edit((draft) => moveEntry(draft, 'missing', 2));
    expect(listener).not.toHaveBeenCalled();
  });
});
