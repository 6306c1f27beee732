import { expect, test } from 'vitest';
import { runOptimizerStepsCommand } from './optimizerStepsCommand';

const run = (input: unknown) => runOptimizerStepsCommand(['in.json'], () => (typeof input === 'string' ? input : JSON.stringify(input)));

const valid = {
  optimizer: { kind: 'adam', params: { learningRate: 0.001, amsgrad: true, clipnorm: 1.0 } },
  variables: [{ shape: [2, 2], values: [0.1, -0.2, 0.3, 0.4] }],
  steps: [{ gradients: [[0.01, 0.02, -0.03, 0.0]] }, { gradients: [[0.5, -0.1, 0.2, 0.0]], setLearningRate: 0.0005 }],
};

test("DESIGN.md's example runs: one list of values per variable per step, and Keras's iteration count", async () => {
  const result = await run(valid);
  expect(result.exitCode).toBe(0);
  const output = JSON.parse(result.stdout) as { afterEachStep: number[][][]; iterations: number };
  expect(output.afterEachStep).toHaveLength(2);
  expect(output.afterEachStep[1]?.[0]).toHaveLength(4);
  expect(output.iterations).toBe(2);
  expect(output).not.toHaveProperty('finalized');
});

test('NaN and the infinities are written as strings, as simulate writes them', async () => {
  const result = await run({ optimizer: { kind: 'sgd', params: {} }, variables: [{ shape: [2], values: [1, 2] }], steps: [{ gradients: [['NaN', 'Infinity']] }] });
  expect(result.exitCode).toBe(0);
  expect(JSON.parse(result.stdout)).toMatchObject({ afterEachStep: [[['NaN', '-Infinity']]] });
});

test.each([
  ['not JSON', '{"optimizer": ', /in\.json is not valid JSON/],
  ['an unknown kind', { ...valid, optimizer: { kind: 'adadelta', params: {} } }, /optimizer\.kind: must be one of sgd, adam/],
  ['a misspelled parameter', { ...valid, optimizer: { kind: 'adam', params: { learning_rate: 0.1 } } }, /optimizer\.params\.learning_rate: unknown parameter; did you mean learningRate\?/],
  ['another optimizer\'s parameter', { ...valid, optimizer: { kind: 'adam', params: { initialAccumulatorValue: 0.1 } } }, /optimizer\.params\.initialAccumulatorValue: not an argument of this optimizer/],
  ['a parameter of the wrong type', { ...valid, optimizer: { kind: 'adam', params: { amsgrad: 'yes' } } }, /optimizer\.params\.amsgrad: must be true or false/],
  ['a gradient too few', { ...valid, steps: [{ gradients: [] }] }, /steps\[0\]\.gradients: must hold one gradient per variable \(1\), got 0/],
  ['a gradient of the wrong length', { ...valid, steps: [{ gradients: [[1, 2, 3]] }] }, /steps\[0\]\.gradients\[0\]: must hold 4 values, as variables\[0\] does, got 3/],
  ['values that do not fill the shape', { ...valid, variables: [{ shape: [3], values: [1] }] }, /variables\[0\]\.values: must hold 3 values/],
  ['a non-finite learning rate', { ...valid, steps: [{ gradients: [[0, 0, 0, 0]], setLearningRate: 'Infinity' }] }, /steps\[0\]\.setLearningRate: must be a number/],
  ['a non-finite initial rate', { ...valid, optimizer: { kind: 'sgd', params: { learningRate: 'NaN' } } }, /optimizer\.params\.learningRate: must be a number/],
  ['two clip options (Keras refuses)', { ...valid, optimizer: { kind: 'sgd', params: { clipnorm: 1, globalClipnorm: 2 } } }, /Only one of `clipnorm`, `clipvalue` and `global_clipnorm` can be set\. Received: clipnorm=1\.0, clipvalue=None, global_clipnorm=2\.0/],
  ['AdamW without weight decay (Keras refuses)', { ...valid, optimizer: { kind: 'adamw', params: { weightDecay: null } } }, /Argument `weight_decay` must be a float\. Received: weight_decay=None/],
  ['an EMA momentum above 1 (Keras refuses)', { ...valid, optimizer: { kind: 'adam', params: { useEma: true, emaMomentum: 1.5 } } }, /`ema_momentum` must be in the range \[0, 1\]\. Received: ema_momentum=1\.5/],
])('%s: exit 2, one line naming the field, no stack trace', async (_name, input, message) => {
  const result = await run(input);
  expect(result.exitCode).toBe(2);
  expect(result.stdout).toBe('');
  expect(result.stderr).toMatch(message);
  expect(result.stderr.trim().split('\n')).toHaveLength(1);
  expect(result.stderr).not.toMatch(/\s+at\s/);
});
