import { describe, expect, it } from 'vitest';
import { compareConfigs, diffSummary, pairCallbacks } from './configDiff';
import { runConfigSchema, type RunConfig } from './runConfig';

const plateau = (patience: number, extra: object[] = []): RunConfig =>
  runConfigSchema.parse({
    callbacks: [{ id: 'cb1', type: 'ReduceLROnPlateau', params: { monitor: 'val_loss', factor: 0.5, patience } }, ...extra],
  });

describe('what differs between two setups', () => {
  it('reads one changed parameter as one change', () => {
    expect(diffSummary(plateau(3), plateau(5))).toBe('ReduceLROnPlateau patience 3 → 5');
  });

  it('says "same setup" when nothing differs', () => {
    expect(diffSummary(plateau(3), plateau(3))).toBe('same setup');
  });

  it('names settings in the page’s words, callbacks added and removed, and cuts a long list', () => {
    const before = plateau(3);
    const after = runConfigSchema.parse({
      ...plateau(3),
      optimizer: { kind: 'adam', learningRate: 0.005 },
      fit: { ...plateau(3).fit, epochs: 80, batchSize: 64 },
      callbacks: [...plateau(3).callbacks, { id: 'cb9', type: 'EarlyStopping', params: { patience: 4 } }],
    });
    expect(diffSummary(before, after, 10)).toBe('learning rate 0.01 → 0.005; epochs 50 → 80; batch size 32 → 64; + EarlyStopping');
    expect(diffSummary(before, after)).toBe('learning rate 0.01 → 0.005; epochs 50 → 80; batch size 32 → 64; and 1 more');
    expect(diffSummary(after, before, 10)).toMatch(/− EarlyStopping$/);
  });

  it('pairs callbacks by id, else by type and order, so a reordered stack is not a new one', () => {
    const a = plateau(3, [{ type: 'EarlyStopping', params: { patience: 2 } }, { type: 'EarlyStopping', params: { patience: 9 } }]).callbacks;
    const b = [...a].reverse();
    const pairs = pairCallbacks(a, b);
    expect(pairs.map((pair) => [pair.type, pair.before?.params, pair.after?.params])).toEqual([
      ['ReduceLROnPlateau', a[0]?.params, a[0]?.params],
      ['EarlyStopping', { patience: 2 }, { patience: 9 }],
      ['EarlyStopping', { patience: 9 }, { patience: 2 }],
    ]);
  });

  it('lays every field side by side, marking those that differ, a parameter left out as the default', () => {
    const rows = compareConfigs(plateau(3), runConfigSchema.parse({ callbacks: [{ id: 'cb1', type: 'ReduceLROnPlateau', params: { monitor: 'val_loss', patience: 3 } }] }));
    expect(rows.find((row) => row.key === 'fit.epochs')).toMatchObject({ before: '50', after: '50', differs: false });
    expect(rows.find((row) => row.label === 'ReduceLROnPlateau factor')).toMatchObject({ before: '0.5', after: 'default', differs: true });
    expect(rows.find((row) => row.label === 'hidden layers')?.before).toBe('16 relu, 16 relu');
  });

  it('shortens long text such as a CSV data set', () => {
    const csv = (text: string) => runConfigSchema.parse({ dataset: { kind: 'csv', name: 'd.csv', text, target: 'y' } });
    const row = compareConfigs(csv(`x,y\n${'1,2\n'.repeat(50)}`), csv(`x,y\n${'1,2\n'.repeat(49)}1,3\n`)).find((entry) => entry.key === 'dataset.text');
    expect(row?.before).toMatch(/… \(204 characters\)$/);
    expect(row?.before).toBe(row?.after);
    expect(row?.differs).toBe(true);
  });
});
