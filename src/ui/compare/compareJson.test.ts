import { describe, expect, it } from 'vitest';
import { loadCompareJson } from './compareJson';

const v1Run = { v: 1, dataset: { kind: 'spiral' }, fit: { epochs: 6, seed: 42 }, callbacks: [] };

describe('a pasted compare setup', () => {
  it('made before the held-out test set (run configs at v1) still loads, training on the rows it did', () => {
    const text = JSON.stringify({ v: 1, base: v1Run, variants: [{ name: 'A', colour: '#2563eb', config: v1Run }, { name: 'B', colour: '#ea580c', config: v1Run }] });
    const loaded = loadCompareJson(text);
    if (!loaded.ok) throw new Error(loaded.message);
    expect(loaded.setup.variants.map((variant) => variant.config.fit.testSplit)).toEqual([0, 0]);
  });

  it('names the path of what is wrong', () => {
    const loaded = loadCompareJson(JSON.stringify({ v: 1, base: v1Run, variants: [{ name: 'A', colour: '#2563eb', config: { ...v1Run, fit: { epochs: -1 } } }] }));
    expect(loaded.ok).toBe(false);
    if (!loaded.ok) expect(loaded.message).toContain('variants[0].config.fit.epochs');
  });
});
