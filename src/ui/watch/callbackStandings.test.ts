import { describe, expect, it } from 'vitest';
import { parseRunConfig } from '../../config/runConfig';
import { callbackStandings } from './callbackStandings';

function config(callbacks: object[]) {
  const parsed = parseRunConfig({ callbacks });
  if (!parsed.ok) throw new Error('fixture must parse');
  return parsed.value;
}

describe('where each callback stands', () => {
  it('says the best value, the wait against patience and the cooldown left, with Keras defaults', () => {
    const run = config([{ type: 'TerminateOnNaN' }, { type: 'ReduceLROnPlateau', params: { patience: 3, cooldown: 2 } }, { type: 'EarlyStopping', params: { monitor: 'loss' } }]);
    const standings = callbackStandings(run, {
      'callbacks[1]': { type: 'ReduceLROnPlateau', state: { best: 0.5, wait: 0, cooldownCounter: 2 } },
      'callbacks[2]': { type: 'EarlyStopping', state: { best: 0.25, wait: 1 } },
    });
    expect(standings).toEqual([
      { label: 'callbacks[1] ReduceLROnPlateau', text: 'best val_loss 0.5000 · wait 0 of patience 3 · cooldown 2 left' },
      { label: 'callbacks[2] EarlyStopping', text: 'best loss 0.2500 · wait 1 of patience 0' },
    ]);
  });

  it('explains a wait past patience when the rate is already at min_lr', () => {
    const run = config([{ type: 'ReduceLROnPlateau', params: { patience: 3, minLr: 0.0001 } }]);
    const states = { 'callbacks[0]': { type: 'ReduceLROnPlateau', state: { best: 0.5, wait: 11 } } };
    expect(callbackStandings(run, states, Math.fround(0.0001))[0]?.text).toBe(
      'best val_loss 0.5000 · wait 11 of patience 3 · the rate is already at min_lr 0.0001000, so it waits without cutting, as Keras does',
    );
    // Above min_lr there is room to cut: no such note.
    expect(callbackStandings(run, states, 0.001)[0]?.text).toBe('best val_loss 0.5000 · wait 11 of patience 3');
  });

  it('ignores a state whose callback has since changed type', () => {
    const run = config([{ type: 'EarlyStopping' }]);
    expect(callbackStandings(run, { 'callbacks[0]': { type: 'ReduceLROnPlateau', state: { best: 1, wait: 0 } } })).toEqual([]);
  });
});
