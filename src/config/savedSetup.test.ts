import { describe, expect, it } from 'vitest';
import { SAMPLE_CONFIGS } from './__fixtures__/sampleConfigs';
import { defaultRunConfig, runConfigSchema } from './runConfig';
import { encodeSavedSetup, readSavedSetup } from './savedSetup';
import { encodeShareLink } from './shareLink';

describe('the saved setup', () => {
  it.each(Object.entries(SAMPLE_CONFIGS))('reads back the %s setup exactly', (_name, config) => {
    expect(readSavedSetup(encodeSavedSetup(config))).toEqual({ kind: 'restored', config });
  });

  it('is versioned and carries the setup as a share link', () => {
    const config = runConfigSchema.parse({ fit: { epochs: 7 }, callbacks: [{ type: 'EarlyStopping', params: { patience: 3 } }] });
    expect(JSON.parse(encodeSavedSetup(config))).toEqual({ v: 1, link: encodeShareLink(config) });
  });

  it('reads nothing saved as none', () => {
    expect(readSavedSetup(null)).toEqual({ kind: 'none' });
  });

  it.each([
    ['not JSON', '{"v":1,', 'not a saved Plateau setup'],
    ['an array', '[1]', 'not a saved Plateau setup'],
    ['no version', '{"link":"p1.x.y"}', 'no version'],
    ['a newer version', '{"v":9,"link":"p1.x.y"}', 'newer Plateau (version 9)'],
    ['an older unknown version', '{"v":0,"link":"p1.x.y"}', 'unknown format (version 0)'],
    ['a damaged link', '{"v":1,"link":"p1.abc.zzz"}', 'damaged'],
  ])('ignores %s and says why', (_name, text, reason) => {
    const read = readSavedSetup(text);
    expect(read.kind).toBe('ignored');
    expect(read.kind === 'ignored' && read.reason).toContain(reason);
  });

  it('ignores a setup the schema refuses, naming the field', () => {
    const bad = encodeSavedSetup(defaultRunConfig()).replace(/"link":"[^"]*"/, `"link":"${encodeShareLink({ ...defaultRunConfig(), fit: { ...defaultRunConfig().fit, epochs: -3 } })}"`);
    const read = readSavedSetup(bad);
    expect(read.kind).toBe('ignored');
    expect(read.kind === 'ignored' && read.reason).toContain('epochs');
  });
});
