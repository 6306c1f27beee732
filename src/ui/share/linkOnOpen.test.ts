import { describe, expect, it } from 'vitest';
import { parseRunConfig } from '../../config/runConfig';
import { shareLinkOf } from '../../config/csvLink';
import { encodeShareLink } from '../../config/shareLink';
import { blockingReason, createConfigStore } from '../state/configStore';
import { applyLinkOnOpen } from './linkOnOpen';

function configWithSchedule() {
  const parsed = parseRunConfig({ fit: { epochs: 7 }, callbacks: [{ type: 'LearningRateScheduler', params: { schedule: '(e, lr) => lr * 0.9' } }] });
  if (!parsed.ok) throw new Error('fixture must parse');
  return parsed.value;
}

describe('opening the page with a link', () => {
  it('restores the run and holds its code back until the user accepts it', () => {
    const store = createConfigStore();
    expect(applyLinkOnOpen(`#${encodeShareLink(configWithSchedule())}`, store)).toEqual({ kind: 'loaded' });
    const state = store.getState();
    expect(state.validation.ok && state.validation.config.fit.epochs).toBe(7);
    expect(state.unacceptedCode.map((code) => code.source)).toEqual(['(e, lr) => lr * 0.9']);
    expect(blockingReason(state)).toMatch(/review it and accept it/);
    store.acceptCode();
    expect(blockingReason(store.getState())).toBeNull();
  });

  it('keeps the default run and says what was wrong with a broken link', () => {
    const store = createConfigStore();
    const link = encodeShareLink(configWithSchedule());
    const outcome = applyLinkOnOpen(`#${link.slice(0, -5)}`, store);
    expect(outcome.kind).toBe('refused');
    expect(outcome.kind === 'refused' && outcome.problems[0]?.message).toBeTruthy();
    expect(store.getState().loads).toBe(0);
  });

  it('loads a setup whose CSV was too big for the link, and leaves the dataset asking for the file', () => {
    const text = ['x,label', ...Array.from({ length: 300 }, (_, i) => `${Math.cos(i) * 977},${i % 2}`)].join('\n');
    const parsed = parseRunConfig({ fit: { epochs: 9 }, dataset: { kind: 'csv', name: 'big.csv', text, target: 'label', task: 'classification' } });
    if (!parsed.ok) throw new Error('fixture must parse');
    const { link } = shareLinkOf(parsed.value, 1500);
    const store = createConfigStore();
    expect(applyLinkOnOpen(`#${link}`, store)).toEqual({ kind: 'loaded' });
    const { draft, validation } = store.getState();
    expect(draft.fit.epochs).toBe(9);
    expect(draft.dataset).toMatchObject({ kind: 'csv', name: 'big.csv', text: '', target: 'label' });
    expect(!validation.ok && validation.problems.map((problem) => problem.path)).toEqual(['dataset.text']);
  });

  it('does nothing without a link', () => {
    expect(applyLinkOnOpen('', createConfigStore())).toEqual({ kind: 'none' });
  });
});
