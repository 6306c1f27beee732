import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SAMPLE_CONFIGS } from '../src/config/__fixtures__/sampleConfigs';
import { exportConfigJson } from '../src/config/configFile';
import type { RunConfig } from '../src/config/runConfig';
import { exportKerasPython } from '../src/export/kerasPython';
import { runExportKerasCommand } from './exportKerasCommand';

const setup = SAMPLE_CONFIGS.everyCallback as RunConfig;
const run = (input: unknown) => runExportKerasCommand(['setup.json'], () => (typeof input === 'string' ? input : JSON.stringify(input)));

describe('export-keras command', () => {
  it('prints the Keras script of a setup file', () => {
    expect(run(exportConfigJson(setup))).toEqual({ exitCode: 0, stdout: exportKerasPython(setup), stderr: '' });
  });

  it('reads a hand-written setup with defaults left out', () => {
    const result = run({ dataset: { kind: 'sine' }, callbacks: [{ type: 'EarlyStopping', params: { patience: 4 } }] });
    expect(result.exitCode).toBe(0);
    expect(result.stdout).toContain('callbacks.EarlyStopping(patience=4),');
  });

  it.each([
    ['malformed JSON', '{\n  "v": 1,\n  "fit": {"epochs": 5,}\n}', /^invalid setup in setup\.json: line 3, column 22: trailing comma before "}"$/],
    ['an empty file', '', /^invalid setup in setup\.json: the file is empty$/],
    ['a factor out of range', { callbacks: [{ type: 'EarlyStopping' }, { type: 'ReduceLROnPlateau', params: { factor: 2 } }] }, /^invalid setup in setup\.json: callbacks\[1\]\.params\.factor: ReduceLROnPlateau does not support a factor >= 1\.0/],
    ['a misspelled parameter', { callbacks: [{ type: 'EarlyStopping', params: { patiense: 3 } }] }, /callbacks\[0\]\.params\.patiense: unknown parameter; did you mean patience\?$/],
    ['an unknown dataset', { dataset: { kind: 'cifar10' } }, /dataset\.kind: unknown dataset kind/],
    ['a newer version', { v: 3 }, /^invalid setup in setup\.json: v: made by a newer Plateau \(v3\); this page reads up to v2$/],
    ['several problems', { fit: { epochs: 0, batchSize: 0 } }, /fit\.epochs: must be 1 or more \(and 1 more problem\)$/],
    ['a schedule with a syntax error over two lines', { callbacks: [{ type: 'LearningRateScheduler', params: { schedule: '(epoch, lr) =>\n  {' } }] }, /callbacks\[0\]\.params\.schedule: SyntaxError/],
  ])('exits 2 with one line naming the field for %s', (_name, input, message) => {
    const result = run(input);
    expect(result.exitCode).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(result.stderr.trimEnd()).toMatch(message);
  });

  it('explains its usage', () => {
    expect(runExportKerasCommand([], () => '')).toMatchObject({ exitCode: 2, stderr: expect.stringMatching(/^usage: /) as unknown });
    expect(runExportKerasCommand(['a.json', 'b.json'], () => '')).toMatchObject({ exitCode: 2 });
  });

  it('runs as `npm run --silent export-keras -- SETUP.json`, with exit codes', { timeout: 60_000 }, () => {
    const directory = mkdtempSync(join(tmpdir(), 'plateau-cli-'));
    const file = join(directory, 'setup.json');
    writeFileSync(file, exportConfigJson(setup));
    const ok = spawnSync('npm', ['run', '--silent', 'export-keras', '--', file], { encoding: 'utf8' });
    expect(ok.status).toBe(0);
    expect(ok.stdout).toBe(exportKerasPython(setup));
    const missing = spawnSync('npm', ['run', '--silent', 'export-keras', '--', join(directory, 'none.json')], { encoding: 'utf8' });
    expect(missing.status).toBe(2);
    expect(missing.stderr).toMatch(/^cannot read .*none\.json: /);
  });
});
