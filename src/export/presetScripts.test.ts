/** Every preset exports to Python that compiles, and reads back as the same built-in callbacks. */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PRESETS } from '../config/presets';
import { runConfigSchema, type StackEntry } from '../config/runConfig';
import { arithmeticFromJs } from './arithmeticFromJs';
import { importKerasCallbacks } from './kerasImport';
import { exportKerasPython } from './kerasPython';

const hasPython = spawnSync('python3', ['--version']).status === 0;
const presets = PRESETS.map((preset) => [preset.id, runConfigSchema.parse(preset.config)] as const);
const directory = mkdtempSync(join(tmpdir(), 'plateau-presets-'));

/** What the importer can give back: built-in callbacks, and schedules that are arithmetic. */
function importable(entry: StackEntry): boolean {
  if (entry.enabled === false || entry.type === 'LambdaCallback' || entry.type === 'CustomCallback') return false;
  return entry.type !== 'LearningRateScheduler' || arithmeticFromJs(entry.params.schedule).ok;
}

describe('preset scripts', () => {
  it.runIf(hasPython).each(presets)('%s compiles with python3 -m py_compile', (id, config) => {
    const file = join(directory, `${id}.py`);
    writeFileSync(file, exportKerasPython(config));
    const result = spawnSync('python3', ['-m', 'py_compile', file], { encoding: 'utf8' });
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
  });

  it.skipIf(hasPython)('compile with python3 when it is there', () => console.warn('python3 is not on this machine: preset scripts are not compiled'));

  it.each(presets)('%s reads back as the same callback types, in order', (_id, config) => {
    const { entries } = importKerasCallbacks(exportKerasPython(config));
    expect(entries.map((entry) => entry.type)).toEqual(config.callbacks.filter(importable).map((entry) => entry.type));
  });
});
