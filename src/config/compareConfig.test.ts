import { describe, expect, test } from 'vitest';
import {
  compareFromBase,
  duplicateVariant,
  freeVariantName,
  MAX_VARIANTS,
  parseCompareConfig,
  removeVariant,
  withSharedSettings,
  type CompareConfig,
} from './compareConfig';
import { defaultRunConfig } from './runConfig';

const cosine = { kind: 'CosineDecay', params: { initialLearningRate: 0, decaySteps: 500, warmupTarget: 0.01, warmupSteps: 50 } } as const;

function twoSchedules(): CompareConfig {
  const setup = compareFromBase(defaultRunConfig());
  const [a, b] = setup.variants;
  if (!a || !b) throw new Error('expected two variants');
  a.config.callbacks = [{ type: 'ReduceLROnPlateau', params: { monitor: 'val_loss', factor: 0.5, patience: 3 } }];
  b.config.optimizer = { ...b.config.optimizer, schedule: cosine };
  return setup;
}

describe('parseCompareConfig', () => {
  test('a setup survives JSON and validation unchanged', () => {
    const setup = twoSchedules();
    const parsed = parseCompareConfig(JSON.parse(JSON.stringify(setup)));
    expect(parsed.ok && parsed.value).toEqual(JSON.parse(JSON.stringify(setup)));
  });

  test('refuses a variant whose seed differs from the base: the runs would not be comparable', () => {
    const setup = twoSchedules();
    const b = setup.variants[1];
    if (b) b.config.fit = { ...b.config.fit, seed: 99 };
    const parsed = parseCompareConfig(setup);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.problems[0]?.path).toBe('variants[1].config.fit');
  });

  test('refuses one variant, seventeen variants (with the reason), duplicate names and bad colours', () => {
    const setup = twoSchedules();
    expect(parseCompareConfig({ ...setup, variants: setup.variants.slice(0, 1) }).ok).toBe(false);
    const sixteen = Array.from({ length: 16 }, (_, i) => ({ ...setup.variants[0], name: `v${i}` }));
    expect(parseCompareConfig({ ...setup, variants: sixteen }).ok).toBe(true);
    const seventeen = Array.from({ length: 17 }, (_, i) => ({ ...setup.variants[0], name: `v${i}` }));
    const refused = parseCompareConfig({ ...setup, variants: seventeen });
    expect(refused.ok ? [] : refused.problems.map((problem) => problem.message)).toContain('compare at most 16 variants');
    const sameName = setup.variants.map((variant) => ({ ...variant, name: 'Same' }));
    expect(parseCompareConfig({ ...setup, variants: sameName }).ok).toBe(false);
    const badColour = setup.variants.map((variant) => ({ ...variant, colour: 'blue' }));
    expect(parseCompareConfig({ ...setup, variants: badColour }).ok).toBe(false);
  });

  test('a variant that sets the rate of a scheduled optimizer gets Keras error at its callback', () => {
    const setup = twoSchedules();
    const b = setup.variants[1];
    if (b) b.config.callbacks = [{ type: 'ReduceLROnPlateau', params: {} }];
    const parsed = parseCompareConfig(setup);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.problems.map((problem) => problem.path)).toContain('variants[1].config.callbacks[0]');
  });
});

describe('editing a setup', () => {
  test('duplicate adds a named, coloured copy after the original, up to sixteen', () => {
    let setup = twoSchedules();
    setup = duplicateVariant(setup, 0);
    expect(setup.variants.map((variant) => variant.name)).toEqual(['A', 'A (2)', 'B']);
    expect(new Set(setup.variants.map((variant) => variant.colour)).size).toBe(3);
    setup = duplicateVariant(setup, 0);
    expect(setup.variants[1]?.name).toBe('A (3)');
    // A copy of a copy counts on from the same name.
    expect(duplicateVariant(duplicateVariant(twoSchedules(), 0), 1).variants[2]?.name).toBe('A (3)');
    while (setup.variants.length < MAX_VARIANTS) setup = duplicateVariant(setup, 0);
    expect(duplicateVariant(setup, 0).variants).toHaveLength(MAX_VARIANTS);
    expect(parseCompareConfig(setup).ok).toBe(true);
  });

  test('remove keeps at least two variants', () => {
    const setup = twoSchedules();
    expect(removeVariant(setup, 0)).toBe(setup);
    expect(removeVariant(duplicateVariant(setup, 0), 0).variants.map((variant) => variant.name)).toEqual(['A (2)', 'B']);
  });

  test('shared settings follow the base, the variant keeps its optimizer and stack', () => {
    const setup = twoSchedules();
    const base = { ...setup.base, fit: { ...setup.base.fit, epochs: 7 } };
    const b = setup.variants[1]?.config;
    if (!b) throw new Error('expected a variant');
    const synced = withSharedSettings(b, base);
    expect(synced.fit.epochs).toBe(7);
    expect(synced.optimizer.schedule).toEqual(cosine);
  });

  test('free names', () => {
    expect(freeVariantName('A', ['a', 'A (2)'])).toBe('A (3)');
    expect(freeVariantName('C', ['A', 'B'])).toBe('C');
  });
});
