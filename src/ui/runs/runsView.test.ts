import { describe, expect, it } from 'vitest';
import { runConfigSchema } from '../../config/runConfig';
import { decodeHead, encodeRun } from '../../storage/runRecord';
import { sampleRun } from '../../storage/runTestKit';
import type { RunHead } from '../../storage';
import { changesFromPrevious, overlayRuns } from './runsView';

function head(id: string, createdAt: number, patience: number | null): RunHead {
  const config = patience === null ? null : runConfigSchema.parse({ callbacks: [{ id: 'cb1', type: 'EarlyStopping', params: { patience } }] });
  const decoded = decodeHead(encodeRun(sampleRun(id, createdAt, 2, { config, ...(config ? {} : { origin: { kind: 'imported', file: 'x.csv', format: 'csv' } }) })).head);
  if (!decoded.ok) throw new Error(decoded.reason);
  return decoded.value;
}

describe('the Runs panel’s derived views', () => {
  it('says what each run changed from the one before it, skipping imported runs', () => {
    const runs = [head('c', 3, 5), head('i', 2, null), head('b', 1, 3), head('a', 0, 3)];
    const changes = changesFromPrevious(runs);
    expect(changes.get('c')).toBe('EarlyStopping patience 3 → 5');
    expect(changes.get('b')).toBe('same setup');
    expect(changes.has('a')).toBe(false);
    expect(changes.has('i')).toBe(false);
  });

  it('overlays the ticked runs that loaded, each in its own colour, in the order ticked', () => {
    const one = sampleRun('one', 1, 2);
    const loadedOne = { ok: true as const, head: head('one', 1, 3), body: { v: 1 as const, id: 'one', ...one.body } };
    const runs = overlayRuns(['broken', 'one'], { broken: { ok: false, reason: 'bad' }, one: loadedOne });
    expect(runs.map((run) => [run.id, run.colour])).toEqual([['one', '#0f766e']]);
    expect(runs[0]?.history).toHaveLength(2);
  });
});
