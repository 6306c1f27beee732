import { describe, expect, it } from 'vitest';
import type { RunSummary } from '../../training/protocol';
import { endNotice, shouldNotify } from './endNotice';

const summary = (change: Partial<RunSummary>): RunSummary => ({ epochsRun: 12, stopped: null, failure: null, test: null, files: {}, tensorsAfterRun: 0, seconds: 3.2, ...change });

describe('end-of-run notification', () => {
  it('is shown only to a user who opted in, with permission granted, while the tab is hidden', () => {
    expect(shouldNotify({ optedIn: true, permission: 'granted', tabHidden: true })).toBe(true);
    expect(shouldNotify({ optedIn: true, permission: 'granted', tabHidden: false })).toBe(false);
    expect(shouldNotify({ optedIn: false, permission: 'granted', tabHidden: true })).toBe(false);
    for (const permission of ['default', 'denied', 'unsupported'] as const) {
      expect(shouldNotify({ optedIn: true, permission, tabHidden: true })).toBe(false);
    }
  });

  it('says how the run ended: finished, stopped early, NaN, failed', () => {
    expect(endNotice(summary({}), null)).toEqual({ title: 'Plateau: the run finished', body: 'Finished: 12 epochs in 3.2 s.' });
    expect(endNotice(summary({ stopped: { epoch: 11, batch: null, by: 'EarlyStopping' } }), null)).toEqual({
      title: 'Plateau: the run stopped early',
      body: 'Stopped by EarlyStopping at epoch 12, after 12 epochs in 3.2 s.',
    });
    expect(endNotice(summary({ stopped: { epoch: 3, batch: 7, by: 'TerminateOnNaN' } }), null).title).toBe('Plateau: NaN loss, training stopped');
    const failure = { callback: 'CustomCallback', hook: 'onEpochEnd', epoch: 2, batch: null, message: 'boom', line: 3 };
    expect(endNotice(summary({ failure }), null).title).toBe('Plateau: the run failed');
    expect(endNotice(null, 'invalid run config')).toEqual({ title: 'Plateau: the run failed', body: 'invalid run config' });
  });
});
