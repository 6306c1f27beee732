/** Every preset survives the trips a tutorial author sends it on: a share link and a JSON file. */
import { describe, expect, it } from 'vitest';
import { exportConfigJson, importConfigJson } from './configFile';
import { PRESETS } from './presets';
import { runConfigSchema } from './runConfig';
import { decodeShareLink, encodeShareLink } from './shareLink';

const presets = PRESETS.map((preset) => [preset.id, runConfigSchema.parse(preset.config)] as const);

describe('presets', () => {
  it.each(presets)('%s round-trips through a share link', (_id, config) => {
    expect(decodeShareLink(encodeShareLink(config))).toEqual({ ok: true, value: config });
  });

  it.each(presets)('%s round-trips through a JSON file', (_id, config) => {
    expect(importConfigJson(exportConfigJson(config))).toEqual({ ok: true, value: config });
  });
});
