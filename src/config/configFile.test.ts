import { describe, expect, it } from 'vitest';
import { SAMPLE_CONFIGS } from './__fixtures__/sampleConfigs';
import { exportConfigJson, importConfigJson } from './configFile';
import { defaultRunConfig } from './runConfig';

describe('setup files', () => {
  it.each(Object.entries(SAMPLE_CONFIGS))('round-trips the %s setup', (_name, config) => {
    expect(importConfigJson(exportConfigJson(config))).toEqual({ ok: true, value: config });
  });

  it('writes readable JSON led by its version, with every default spelled out', () => {
    const text = exportConfigJson(defaultRunConfig());
    expect(text.startsWith('{\n  "v": 2,\n  "dataset": {\n    "kind": "spiral",')).toBe(true);
    expect(text.endsWith('}\n')).toBe(true);
    expect(JSON.parse(text)).toEqual(defaultRunConfig());
  });

  it('reads a hand-written file with defaults left out, a byte order mark and CRLF line ends', () => {
    const result = importConfigJson('\uFEFF{\r\n  "fit": {"epochs": 3},\r\n  "callbacks": [{"type": "TerminateOnNaN"}]\r\n}\r\n');
    expect(result).toEqual({ ok: true, value: { ...defaultRunConfig(), fit: { ...defaultRunConfig().fit, epochs: 3 }, callbacks: [{ type: 'TerminateOnNaN', params: {} }] } });
  });

  it('names the path of every problem', () => {
    const text = JSON.stringify({
      v: 1,
      fit: { batchSize: 0 },
      callbacks: [{ type: 'EarlyStopping' }, { type: 'ReduceLROnPlateau', params: { factor: 1, cooldown: 'two' } }],
    });
    const result = importConfigJson(text);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems.map((problem) => problem.path)).toEqual(
      expect.arrayContaining(['fit.batchSize', 'callbacks[1].params.cooldown']),
    );
  });
});
