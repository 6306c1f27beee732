/**
 * Every case of the Keras parity vectors (fixtures/keras-parity), run through
 * the same code path as the `simulate` CLI and compared with what Keras 3 did.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { pythonHookName, type HookName } from '../src/callbacks';
import { runSimulateCommand } from './simulateCommand';

type Encoded = number | 'NaN' | 'Infinity' | '-Infinity';

interface ParityCase {
  name: string;
  description: string;
  callbacks: { type: string; params: Record<string, unknown>; schedule_js?: string }[];
  initial_lr: number;
  epochs: Record<string, Encoded>[];
  batch_logs?: Record<string, Encoded>[][];
  model_metrics?: { name: string; direction: 'up' | 'down' }[];
  expected: {
    lr_begin: number[];
    lr: number[];
    stop_epoch: number | null;
    epochs_run: number;
    batches_run: number[];
    saves: { epoch: number; batch: number | null; filepath: string; kind: string }[];
    restored_from_epoch: unknown;
    warnings: { hook: string; epoch: number | null; batch: number | null; message: string }[];
    messages: { hook: string; epoch: number | null; batch: number | null; message: string }[];
    error: { type: string; message: string; hook: string; epoch: number | null; batch: number | null } | null;
    history: Record<string, Encoded[]>;
  };
}

interface Located {
  hook: HookName;
  epoch: number | null;
  batch: number | null;
  message: string;
}

const fixture = JSON.parse(readFileSync(new URL('./fixtures/keras-parity/vectors.json', import.meta.url), 'utf8')) as {
  cases: ParityCase[];
};

const camel = (name: string): string => name.replace(/_([a-z])/g, (_m, letter: string) => letter.toUpperCase());

function toSimulationInput(testCase: ParityCase): unknown {
  return {
    initialLr: testCase.initial_lr,
    callbacks: testCase.callbacks.map(({ type, params, schedule_js }) => ({
      type,
      params: Object.fromEntries(
        Object.entries(params).map(([key, value]) => (key === 'schedule' ? ['schedule', schedule_js] : [camel(key), value])),
      ),
    })),
    epochs: testCase.epochs,
    ...(testCase.batch_logs ? { batchLogs: testCase.batch_logs } : {}),
    ...(testCase.model_metrics ? { metrics: testCase.model_metrics } : {}),
  };
}

function decode(value: Encoded): number {
  return typeof value === 'number' ? value : Number(value);
}

function expectRatesClose(actual: number[], expected: number[]): void {
  expect(actual).toHaveLength(expected.length);
  actual.forEach((rate, index) => {
    const want = expected[index] as number;
    expect(Math.abs(rate - want), `rate ${index}: ${rate} vs ${want}`).toBeLessThanOrEqual(Math.abs(want) * 1e-6);
  });
}

function located(items: Located[]): { hook: string; epoch: number | null; batch: number | null; message: string }[] {
  return items.map(({ hook, epoch, batch, message }) => ({ hook: pythonHookName(hook), epoch, batch, message }));
}

describe('Keras 3 parity vectors', () => {
  it('has all 46 cases', () => {
    expect(fixture.cases).toHaveLength(46);
  });

  for (const testCase of fixture.cases) {
    it(`${testCase.name}: ${testCase.description}`, () => {
      const input = JSON.stringify(toSimulationInput(testCase));
      const result = runSimulateCommand(['case.json'], () => input);
      const expected = testCase.expected;

      if (expected.error?.hook === '__init__') {
        expect(result.exitCode).toBe(2);
        expect(result.stderr).toContain(expected.error.message);
        return;
      }
      expect(result.stderr).toBe('');
      expect(result.exitCode).toBe(expected.error ? 1 : 0);
      const output = JSON.parse(result.stdout) as {
        lrDuring: number[];
        lrAfter: number[];
        stopped: { epoch: number } | null;
        epochsRun: number;
        batchesRun: number[];
        checkpoints: { epoch: number; batch: number | null; name: string; kind: string }[];
        restoredFromEpoch: unknown;
        warnings: Located[];
        messages: Located[];
        error: { type: string; message: string; hook: HookName; epoch: number | null; batch: number | null } | null;
        history: Record<string, Encoded[]>;
      };

      expectRatesClose(output.lrDuring, expected.lr_begin);
      expectRatesClose(output.lrAfter, expected.lr);
      expect(output.stopped?.epoch ?? null).toBe(expected.stop_epoch);
      expect(output.epochsRun).toBe(expected.epochs_run);
      expect(output.batchesRun).toEqual(expected.batches_run);
      expect(output.checkpoints.map(({ epoch, batch, name, kind }) => ({ epoch, batch, filepath: name, kind }))).toEqual(
        expected.saves.map(({ epoch, batch, filepath, kind }) => ({ epoch, batch, filepath, kind })),
      );
      expect(output.restoredFromEpoch).toEqual(expected.restored_from_epoch);
      expect(located(output.warnings)).toEqual(expected.warnings.map(({ hook, epoch, batch, message }) => ({ hook, epoch, batch, message })));
      expect(located(output.messages)).toEqual(expected.messages.map(({ hook, epoch, batch, message }) => ({ hook, epoch, batch, message })));
      if (expected.error) {
        const { type, message, hook, epoch, batch } = expected.error;
        expect(output.error && { ...output.error, hook: pythonHookName(output.error.hook) }).toMatchObject({ type, message, hook, epoch, batch });
      } else {
        expect(output.error).toBeNull();
      }
      expect(Object.keys(output.history).sort()).toEqual(Object.keys(expected.history).sort());
      for (const [key, values] of Object.entries(expected.history)) {
        const actual = (output.history[key] ?? []).map(decode);
        const want = values.map(decode);
        if (key === 'learning_rate') expectRatesClose(actual, want);
        else expect(actual).toEqual(want);
      }
    });
  }
});
