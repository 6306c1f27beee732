import { describe, expect, it } from 'vitest';
import { exportConfigJson } from '../../config/configFile';
import { parseRunConfig } from '../../config/runConfig';
import { readSetupFile } from './readSetupFile';

const fileOf = (text: string) => new Blob([text], { type: 'application/json' });

describe('reading a setup file', () => {
  it('reads an exported setup back to the same run', async () => {
    const parsed = parseRunConfig({ fit: { epochs: 4 }, callbacks: [{ type: 'ReduceLROnPlateau', params: { factor: 0.5 } }] });
    if (!parsed.ok) throw new Error('fixture must parse');
    expect(await readSetupFile(fileOf(exportConfigJson(parsed.value)))).toEqual({ ok: true, value: parsed.value });
  });

  it('names the path of a bad value', async () => {
    const result = await readSetupFile(fileOf(JSON.stringify({ v: 1, callbacks: [{ type: 'EarlyStopping' }, { type: 'ReduceLROnPlateau', params: { factor: 1.5 } }] })));
    expect(result.ok).toBe(false);
    expect(!result.ok && result.problems[0]?.path).toBe('callbacks[1].params.factor');
  });

  it('says what is wrong with a file that is not JSON, or empty', async () => {
    const notJson = await readSetupFile(fileOf('{"v": 1,'));
    expect(!notJson.ok && notJson.problems[0]?.message).toBeTruthy();
    const empty = await readSetupFile(fileOf(''));
    expect(!empty.ok && empty.problems[0]?.message).toBe('the file is empty');
  });
});
