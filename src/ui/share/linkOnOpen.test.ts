import { describe, expect, it } from 'vitest';
import { parseRunConfig } from '../../config/runConfig';
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

  it('does nothing without a link', () => {
    expect(applyLinkOnOpen('', createConfigStore())).toEqual({ kind: 'none' });
  });
});
