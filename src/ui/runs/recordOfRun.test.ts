import { describe, expect, it } from 'vitest';
import { defaultRunConfig } from '../../config/runConfig';
import type { RunSummary } from '../../training/protocol';
import { bestOf, recordOfRun, type RunFacts } from './recordOfRun';

const row = (epoch: number, loss: number, val_loss?: number) => {
  const logs: Record<string, number> = val_loss === undefined ? { loss } : { loss, val_loss };
  return { epoch, logs, lrDuring: 0.01, lrAfter: 0.01 };
};
const summary = (overrides: Partial<RunSummary> = {}): RunSummary => ({ epochsRun: 3, stopped: null, failure: null, test: null, files: {}, tensorsAfterRun: 0, seconds: 1.5, ...overrides });
const facts = (overrides: Partial<RunFacts> = {}): RunFacts => ({
  id: 'r',
  createdAt: 10,
  origin: { kind: 'trained' },
  config: defaultRunConfig(),
  history: [row(0, 1, 1.1), row(1, 0.8, 0.7), row(2, 0.6, 0.9)],
  events: [],
  summary: null,
  error: null,
  active: true,
  ...overrides,
});

describe('a run as the Runs list keeps it', () => {
  it('picks the best val_loss, or the loss without validation, skipping NaN', () => {
    expect(bestOf([row(0, 1, 1.1), row(1, 0.8, 0.7), row(2, 0.6, Number.NaN)])).toEqual({ key: 'val_loss', value: 0.7, epoch: 1 });
    expect(bestOf([row(0, 1), row(1, 0.5)])).toEqual({ key: 'loss', value: 0.5, epoch: 1 });
    expect(bestOf([])).toBeNull();
  });

  it('says how the run ended: training, finished, stopped by a callback, failed', () => {
    expect(recordOfRun(facts(), 0).head).toMatchObject({ ending: 'running', endingText: 'Training…', epochs: 3 });
    expect(recordOfRun(facts({ active: false }), 0).head.endingText).toBe('Interrupted after 3 epochs.');
    expect(recordOfRun(facts({ summary: summary() }), 0).head).toMatchObject({ ending: 'finished', endingText: 'Finished: 3 epochs in 1.5 s.' });
    expect(recordOfRun(facts({ summary: summary({ stopped: { epoch: 2, batch: null, by: 'EarlyStopping' } }) }), 0).head.ending).toBe('stopped');
    const failure = { callback: null, hook: null, epoch: null, batch: null, message: 'boom', line: null };
    expect(recordOfRun(facts({ summary: summary({ failure }) }), 0).head.ending).toBe('failed');
    expect(recordOfRun(facts({ error: 'no backend' }), 0).head).toMatchObject({ ending: 'failed', endingText: 'Run failed: no backend' });
  });

  it('keeps the test score and only the fields of each epoch the list needs', () => {
    const record = recordOfRun(facts({ summary: summary({ test: { logs: { loss: 0.4 }, samples: 50 } }), history: [{ ...row(0, 1), seconds: 3, tensors: 9 } as never] }), 7);
    expect(record.head).toMatchObject({ test: { loss: 0.4 }, updatedAt: 7 });
    expect(record.body.history).toEqual([row(0, 1)]);
  });
});
