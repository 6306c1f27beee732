/**
 * Every case of the Keras optimizer parity vectors (fixtures/keras-parity/
 * optimizer_vectors.json, produced by Keras 3.16's own optimizer code; see
 * OPTIMIZERS.md beside it) through the optimizer-steps command, with the
 * tolerance the vectors' note gives.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { runOptimizerStepsCommand } from './optimizerStepsCommand';

type Logged = number | 'NaN' | 'Infinity' | '-Infinity';

interface ParityCase {
  name: string;
  input: unknown;
  expected: {
    error: { type: string; message: string } | null;
    afterEachStep: Logged[][][] | null;
    iterations: number | null;
    emaAfterEachStep?: Logged[][][];
    finalized?: Logged[][];
  };
}

const vectors = JSON.parse(readFileSync(new URL('./fixtures/keras-parity/optimizer_vectors.json', import.meta.url), 'utf8')) as { cases: ParityCase[] };

const decode = (value: Logged): number => (value === 'NaN' ? Number.NaN : value === 'Infinity' ? Infinity : value === '-Infinity' ? -Infinity : value);

/** `|got - want| <= max(1e-5 * |want|, 1e-6)`; NaN is NaN and an infinity the same infinity. */
function expectClose(got: readonly Logged[], want: readonly Logged[], where: string): void {
  expect(got.length, where).toBe(want.length);
  want.forEach((wanted, index) => {
    const w = decode(wanted);
    const g = decode(got[index] as Logged);
    if (!Number.isFinite(w)) {
      expect(Object.is(g, w) || (Number.isNaN(w) && Number.isNaN(g)), `${where}[${index}]: got ${g}, want ${w}`).toBe(true);
      return;
    }
    expect(Math.abs(g - w), `${where}[${index}]: got ${g}, want ${w}`).toBeLessThanOrEqual(Math.max(1e-5 * Math.abs(w), 1e-6));
  });
}

function expectSteps(got: Logged[][][] | undefined, want: Logged[][][], label: string): void {
  expect(got?.length, label).toBe(want.length);
  want.forEach((variables, step) => variables.forEach((values, variable) => expectClose(got?.[step]?.[variable] ?? [], values, `${label}[${step}][${variable}]`)));
}

describe('Keras optimizer parity vectors', () => {
  test.each(vectors.cases.map((parityCase) => [parityCase.name, parityCase] as const))('%s', async (_name, parityCase) => {
    const result = await runOptimizerStepsCommand(['case.json'], () => JSON.stringify(parityCase.input));
    const { expected } = parityCase;
    if (expected.error) {
      expect(result.exitCode).toBe(2);
      expect(result.stderr).toContain(expected.error.message);
      expect(result.stderr.trim().split('\n')).toHaveLength(1);
      return;
    }
    expect(result.stderr).toBe('');
    expect(result.exitCode).toBe(0);
    const output = JSON.parse(result.stdout) as { afterEachStep: Logged[][][]; iterations: number; emaAfterEachStep?: Logged[][][]; finalized?: Logged[][] };
    expectSteps(output.afterEachStep, expected.afterEachStep ?? [], 'afterEachStep');
    expect(output.iterations).toBe(expected.iterations);
    if (expected.emaAfterEachStep) expectSteps(output.emaAfterEachStep, expected.emaAfterEachStep, 'emaAfterEachStep');
    else expect(output.emaAfterEachStep).toBeUndefined();
    if (expected.finalized) expected.finalized.forEach((values, variable) => expectClose(output.finalized?.[variable] ?? [], values, `finalized[${variable}]`));
  });
});
