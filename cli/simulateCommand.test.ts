import { execFileSync, spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { runSimulateCommand } from './simulateCommand';

const run = (input: unknown) => runSimulateCommand(['in.json'], () => (typeof input === 'string' ? input : JSON.stringify(input)));

const base = {
  initialLr: 0.01,
  epochs: [{ loss: 0.9, val_loss: 1.0 }, { loss: 0.8, val_loss: 0.95 }],
};

describe('simulate command', () => {
  it('prints the contract output for the DESIGN.md example', () => {
    const result = run({
      ...base,
      callbacks: [
        { type: 'ReduceLROnPlateau', params: { monitor: 'val_loss', factor: 0.2, patience: 5, minLr: 0.001 } },
        { type: 'ModelCheckpoint', params: { filepath: 'best-{epoch:03d}-{val_loss:.4f}.keras', saveBestOnly: true } },
      ],
      batchLogs: [[{ loss: 0.95 }, { loss: 0.91 }], [{ loss: 0.85 }, { loss: 0.8 }]],
    });
    expect(result.exitCode).toBe(0);
    const output = JSON.parse(result.stdout) as Record<string, unknown>;
    expect(Object.keys(output)).toEqual(
      expect.arrayContaining(['lrDuring', 'lrAfter', 'stopped', 'checkpoints', 'restoredFromEpoch', 'events', 'warnings', 'error']),
    );
    expect(output.checkpoints).toEqual([
      { epoch: 0, batch: null, name: 'best-001-1.0000.keras', value: 1, kind: 'model' },
      { epoch: 1, batch: null, name: 'best-002-0.9500.keras', value: 0.95, kind: 'model' },
    ]);
    expect(output.lrDuring).toEqual([Math.fround(0.01), Math.fround(0.01)]);
    expect(output.stopped).toBeNull();
    expect(output.error).toBeNull();
  });

  it('reads and writes non-finite numbers as strings', () => {
    const result = run({
      initialLr: 0.01,
      callbacks: [{ type: 'TerminateOnNaN' }],
      epochs: [{ loss: 'NaN' }],
      batchLogs: [[{ loss: 'Infinity' }]],
    });
    expect(result.exitCode).toBe(0);
    const output = JSON.parse(result.stdout) as { stopped: unknown; events: { value: unknown }[] };
    expect(output.stopped).toEqual({ epoch: 0, batch: 0, by: 'TerminateOnNaN' });
    expect(output.events[0]?.value).toBe('Infinity');
  });

  it('exits 1 with the error filled in where Keras would raise during fit', () => {
    const result = run({ ...base, callbacks: [{ type: 'TerminateOnNaN', params: { raiseError: true } }], batchLogs: [[{ loss: 'NaN' }], [{ loss: 1 }]] });
    expect(result.exitCode).toBe(1);
    expect(JSON.parse(result.stdout)).toMatchObject({ error: { callback: 'TerminateOnNaN', type: 'RuntimeError', epoch: 0, batch: 0 } });
  });

  it('skips a disabled callback', () => {
    const result = run({ ...base, callbacks: [{ type: 'EarlyStopping', enabled: false, params: { monitor: 'nope', mode: 'min' } }] });
    expect(JSON.parse(result.stdout)).toMatchObject({ warnings: [] });
  });

  it.each([
    ['malformed JSON', '{"initialLr": 0.01,', /^in\.json is not valid JSON: /],
    ['not an object', '[1, 2]', /^invalid input: /],
    ['an unknown callback type', { ...base, callbacks: [{ type: 'ReduceLrOnPlateau' }] }, /^invalid input: callbacks\[0\]\.type: unknown callback type; expected one of ReduceLROnPlateau, /],
    ['a misspelled parameter', { ...base, callbacks: [{ type: 'EarlyStopping', params: { patiense: 3 } }] }, /^invalid input: callbacks\[0\]\.params\.patiense: unknown parameter; did you mean patience\?/],
    ['a snake_case parameter', { ...base, callbacks: [{ type: 'ReduceLROnPlateau', params: { min_lr: 0.1 } }] }, /callbacks\[0\]\.params\.min_lr: unknown parameter; did you mean minLr\?/],
    ['a wrong type', { ...base, callbacks: [{ type: 'EarlyStopping', params: { patience: '3' } }] }, /callbacks\[0\]\.params\.patience: /],
    ['a negative patience', { ...base, callbacks: [{ type: 'EarlyStopping', params: { patience: -1 } }] }, /callbacks\[0\]\.params\.patience: must be 0 or more/],
    ['a fractional patience', { ...base, callbacks: [{ type: 'EarlyStopping', params: { patience: 1.5 } }] }, /callbacks\[0\]\.params\.patience: must be a whole number/],
    ['factor >= 1', { ...base, callbacks: [{ type: 'ReduceLROnPlateau', params: { factor: 1.5 } }] }, /callbacks\[0\]\.params\.factor: ReduceLROnPlateau does not support a factor >= 1\.0\. Received factor=1\.5/],
    ['a schedule that does not parse', { ...base, callbacks: [{ type: 'LearningRateScheduler', params: { schedule: '(epoch, lr) => {' } }] }, /callbacks\[0\]\.params\.schedule: SyntaxError: Unexpected end of code .*\(line 1\)/],
    ['a schedule that is not a function', { ...base, callbacks: [{ type: 'LearningRateScheduler', params: { schedule: '42' } }] }, /invalid input: Expected a function, got number/],
    ['an empty filepath', { ...base, callbacks: [{ type: 'ModelCheckpoint', params: { filepath: '' } }] }, /callbacks\[0\]\.params\.filepath: must not be empty/],
    ['a filepath with the wrong ending', { ...base, callbacks: [{ type: 'ModelCheckpoint', params: { filepath: 'm.txt' } }] }, /callbacks\[0\]\.params\.filepath: The filepath provided must end in `\.keras`/],
    ['saveFreq 0', { ...base, callbacks: [{ type: 'ModelCheckpoint', params: { filepath: 'm.keras', saveFreq: 0 } }] }, /callbacks\[0\]\.params\.saveFreq: must be "epoch" or a number of batches/],
    ['a missing initialLr', { callbacks: [], epochs: [] }, /^invalid input: initialLr: /],
    ['a NaN spelled wrong', { ...base, callbacks: [], epochs: [{ loss: 'nan' }] }, /epochs\[0\]\.loss: /],
    ['batch logs for the wrong number of epochs', { ...base, callbacks: [], batchLogs: [[]] }, /batchLogs: must have one list of batch logs per epoch/],
    ['an unknown top-level field', { ...base, callbacks: [], epoch: [] }, /^invalid input: epoch: unknown parameter; did you mean epochs\?/],
  ])('exits 2 with one clear line for %s', (_name, input, message) => {
    const result = run(input);
    expect(result.exitCode).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(message);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
    expect(result.stderr).not.toMatch(/\n\s+at /);
  });

  it('explains its usage when called without a file', () => {
    expect(runSimulateCommand([], () => '')).toMatchObject({ exitCode: 2, stderr: expect.stringMatching(/^usage: /) as unknown });
  });

  it('runs as `npm run --silent simulate -- FILE.json`, with exit codes', { timeout: 60_000 }, () => {
    const file = new URL('./fixtures/simulate-example.json', import.meta.url).pathname;
    const stdout = execFileSync('npm', ['run', '--silent', 'simulate', '--', file], { encoding: 'utf8' });
    expect(JSON.parse(stdout)).toMatchObject({ stopped: null, error: null });
    const missing = spawnSync('npm', ['run', '--silent', 'simulate', '--', 'no-such-file.json'], { encoding: 'utf8' });
    expect(missing.status).toBe(2);
    expect(missing.stderr).toMatch(/^cannot read no-such-file\.json: /);
  });
});
