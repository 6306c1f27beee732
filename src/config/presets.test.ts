import { describe, expect, it } from 'vitest';
import { PRESETS } from './presets';
import { parseRunConfig } from './runConfig';

describe('presets', () => {
  it.each(PRESETS.map((preset) => [preset.id, preset] as const))('%s parses as a RunConfig', (_id, preset) => {
    const parsed = parseRunConfig(preset.config);
    expect(parsed.ok ? [] : parsed.problems).toEqual([]);
  });

  it('have unique ids and say what they teach', () => {
    expect(new Set(PRESETS.map((preset) => preset.id)).size).toBe(PRESETS.length);
    for (const preset of PRESETS) expect(preset.teaches.length).toBeGreaterThan(30);
  });
});
