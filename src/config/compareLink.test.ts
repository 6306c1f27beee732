import { describe, expect, it } from 'vitest';
import { SAMPLE_CONFIGS } from './__fixtures__/sampleConfigs';
import { compareFromBase, duplicateVariant, type CompareConfig } from './compareConfig';
import { compactCompareConfig, decodeCompareLink, encodeCompareLink } from './compareLink';
import type { RunConfig } from './runConfig';
import { decodeShareLink, encodeShareLink, packShareLink, shareLinkKind } from './shareLink';

const base = SAMPLE_CONFIGS.everyCallback as RunConfig;

function threeVariants(): CompareConfig {
  const setup = duplicateVariant(compareFromBase(base), 1);
  const [a, b, c] = setup.variants as [CompareConfig['variants'][number], CompareConfig['variants'][number], CompareConfig['variants'][number]];
  return {
    ...setup,
    variants: [
      a,
      { ...b, name: 'Slow SGD', config: { ...b.config, optimizer: { ...b.config.optimizer, kind: 'sgd', learningRate: 0.001 } } },
      { ...c, config: { ...c.config, callbacks: [{ type: 'EarlyStopping', params: { patience: 2, restoreBestWeights: true } }] } },
    ],
  };
}

describe('compare links', () => {
  it('round-trip a compare setup exactly', () => {
    const setup = threeVariants();
    const link = encodeCompareLink(setup);
    expect(link).toMatch(/^c1\./);
    expect(decodeCompareLink(link)).toEqual({ ok: true, value: setup });
  });

  it('carry the seeds of each variant', () => {
    const setup = threeVariants();
    const seeded = { ...setup, variants: setup.variants.map((variant, index) => (index === 2 ? variant : { ...variant, seeds: 5 })) };
    expect(decodeCompareLink(encodeCompareLink(seeded))).toEqual({ ok: true, value: seeded });
  });

  it('leave out what the variants share with the base', () => {
    const compact = compactCompareConfig(threeVariants());
    const variants = compact.variants as { config: Record<string, unknown> }[];
    for (const variant of variants) expect(Object.keys(variant.config)).not.toContain('dataset');
    // The base and three variants hold four copies of a long stack; the compression takes most of the repetition away.
    expect(encodeCompareLink(threeVariants()).length).toBeLessThan(encodeShareLink(base).length * 3);
  });

  it('tell which kind of setup a link holds, and refuse the other kind', () => {
    const compare = encodeCompareLink(threeVariants());
    const run = encodeShareLink(base);
    expect([shareLinkKind(run), shareLinkKind(`#${compare}`), shareLinkKind('hello'), shareLinkKind('x1.abc.def')]).toEqual(['run', 'compare', null, null]);
    expect(decodeShareLink(compare)).toEqual({ ok: false, problems: [{ path: '', message: 'this link holds a compare setup, not a run setup' }] });
    expect(decodeCompareLink(run)).toEqual({ ok: false, problems: [{ path: '', message: 'this link holds a run setup, not a compare setup' }] });
  });

  it.each([
    ['a newer compare setup', { v: 2, base: {}, variants: [] }, 'v', /made by a newer Plateau \(v2\)/],
    ['a newer run config inside', { base: {}, variants: [{ name: 'A', colour: '#2563eb', config: { v: 5 } }, { name: 'B', colour: '#ea580c', config: {} }] }, 'variants[0].config.v', /made by a newer Plateau \(v5\)/],
    ['a variant with its own model', { base: {}, variants: [{ name: 'A', colour: '#2563eb', config: {} }, { name: 'B', colour: '#ea580c', config: { model: { hiddenLayers: [] } } }] }, 'variants[1].config.model', /must match the base's model settings/],
    ['a bad callback in a variant', { base: {}, variants: [{ name: 'A', colour: '#2563eb', config: {} }, { name: 'B', colour: '#ea580c', config: { callbacks: [{ type: 'ReduceLROnPlateau', params: { factor: 3 } }] } }] }, 'variants[1].config.callbacks[0].params.factor', /factor >= 1\.0/],
    ['one variant', { base: {}, variants: [{ name: 'A', colour: '#2563eb', config: {} }] }, 'variants', /at least 2/],
    ['not an object', [1, 2], '', /expected a setup object/],
  ])('say what is wrong and where for %s', (_name, payload, path, message) => {
    const result = decodeCompareLink(packShareLink(payload, 'compare'));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems).toContainEqual({ path, message: expect.stringMatching(message) as unknown });
  });

  it('report a damaged compare link as damaged', () => {
    const link = encodeCompareLink(threeVariants());
    expect(decodeCompareLink(link.slice(0, -3))).toMatchObject({ ok: false, problems: [{ message: expect.stringMatching(/damaged|cut short/) as unknown }] });
  });
});
