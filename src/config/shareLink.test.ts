import { describe, expect, it } from 'vitest';
import { SAMPLE_CONFIGS } from './__fixtures__/sampleConfigs';
import { isJsonObject, RUN_CONFIG_MIGRATIONS, type Migrations } from './migrate';
import { compactRunConfig, decodeShareLink, encodeShareLink, MAX_SHARE_LINK_CHARS, packShareLink } from './shareLink';
import { defaultRunConfig, RUN_CONFIG_VERSION, runConfigSchema } from './runConfig';

describe('share links', () => {
  it.each(Object.entries(SAMPLE_CONFIGS))('round-trips the %s setup exactly', (_name, config) => {
    const link = encodeShareLink(config);
    expect(link).toMatch(/^p1\.[A-Za-z0-9+\-$]+\.[0-9a-z]+$/);
    expect(decodeShareLink(link)).toEqual({ ok: true, value: config });
  });

  it('keeps the default setup\'s link short', () => {
    const link = encodeShareLink(defaultRunConfig());
    expect(compactRunConfig(defaultRunConfig())).toEqual({ v: 2 });
    expect(link.length).toBeLessThan(30);
  });

  it('leaves out only what the schema restores, per dataset kind', () => {
    const sine = runConfigSchema.parse({ dataset: { kind: 'sine' } });
    expect(compactRunConfig(sine)).toEqual({ v: 2, dataset: { kind: 'sine' } });
    const circles500 = runConfigSchema.parse({ dataset: { kind: 'circles', size: 500 }, model: { hiddenLayers: [{ units: 16 }, { units: 16 }, { units: 4, activation: 'tanh' }] } });
    expect(compactRunConfig(circles500)).toEqual({
      v: 2,
      dataset: { kind: 'circles' },
      model: { hiddenLayers: [{ units: 16 }, { units: 16 }, { units: 4, activation: 'tanh' }] },
    });
    const terminate = runConfigSchema.parse({ callbacks: [{ type: 'TerminateOnNaN' }], fit: { epochs: 50, seed: 1 } });
    expect(compactRunConfig(terminate)).toEqual({ v: 2, fit: { seed: 1 }, callbacks: [{ type: 'TerminateOnNaN' }] });
  });

  it('is much shorter than the plain JSON for a full stack', () => {
    const config = SAMPLE_CONFIGS.everyCallback ?? defaultRunConfig();
    expect(encodeShareLink(config).length).toBeLessThan(JSON.stringify(config).length * 0.8);
  });

  it('reads a link from a hash or a query string whose "+" became spaces', () => {
    const config = runConfigSchema.parse({ fit: { epochs: 7 }, callbacks: [{ type: 'EarlyStopping', params: { patience: 3 } }] });
    const link = encodeShareLink(config);
    expect(decodeShareLink(`#${link}`)).toEqual({ ok: true, value: config });
    expect(decodeShareLink(`  ${link}\n`)).toEqual({ ok: true, value: config });
    const withPlus = packShareLink({ v: 1, fit: { epochs: 3 }, pad: '~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~' });
    if (withPlus.includes('+')) expect(decodeShareLink(withPlus.replaceAll('+', ' '))).toEqual(decodeShareLink(withPlus));
  });

  it('migrates an older config inside a link', () => {
    const fakeV0: Migrations = {
      current: RUN_CONFIG_VERSION,
      steps: {
        ...RUN_CONFIG_MIGRATIONS.steps,
        0: ({ lr, ...rest }) => ({ ...rest, optimizer: { ...(isJsonObject(rest.optimizer) ? rest.optimizer : {}), learningRate: lr } }),
      },
    };
    const result = decodeShareLink(packShareLink({ v: 0, lr: 0.5 }), fakeV0);
    expect(result).toMatchObject({ ok: true, value: { v: 2, optimizer: { learningRate: 0.5 } } });
  });

  it('opens a link made before the test set existed as it was made: no rows held out for testing', () => {
    // The link the previous release made for the default setup with 30 epochs.
    const result = decodeShareLink(packShareLink({ v: 1, fit: { epochs: 30 } }));
    expect(result).toMatchObject({ ok: true, value: { v: 2, fit: { epochs: 30, validationSplit: 0.2, testSplit: 0 } } });
    if (result.ok) expect(compactRunConfig(result.value)).toEqual({ v: 2, fit: { epochs: 30, testSplit: 0 } });
  });

  it('says what is wrong and where for a sound link with a bad setup', () => {
    const link = packShareLink({ v: 1, callbacks: [{ type: 'EarlyStopping' }, { type: 'ReduceLROnPlateau', params: { factor: 2 } }] });
    expect(decodeShareLink(link)).toEqual({
      ok: false,
      problems: [{ path: 'callbacks[1].params.factor', message: 'ReduceLROnPlateau does not support a factor >= 1.0. Received factor=2.0' }],
    });
  });

  it('refuses links longer than the limit without reading them', () => {
    const result = decodeShareLink(`p1.${'A'.repeat(MAX_SHARE_LINK_CHARS)}.abc`);
    expect(result).toMatchObject({ ok: false, problems: [{ message: expect.stringMatching(/^the link is too long/) as unknown }] });
  });
});
