import { beforeAll, describe, expect, test } from 'vitest';
import type { CallbackWarning } from '../callbacks';
import { learningRateNotSettable } from '../callbacks/schedules';
import { MemoryCheckpointSink } from './checkpointSink';
import type { KerasOptimizer } from './optimizers/kerasOptimizer';
import { prepareRun } from './prepareRun';
import { RunControl } from './runControl';
import { train, type EpochRecord } from './trainer';
import { immediateClock, testConfig, useCpuBackend } from './trainerTestKit';

beforeAll(useCpuBackend);

/** 120 spiral points, a quarter held out: 90 training rows, 3 batches of 32 an epoch. */
const STEPS_PER_EPOCH = 3;
const EPOCHS = 3;
const decay = { initialLearningRate: 0.1, decaySteps: 2, decayRate: 0.5 };
/** Keras's ExponentialDecay: `initial * rate ** (step / decaySteps)`, as float32. */
const formula = (step: number) => Math.fround(decay.initialLearningRate * decay.decayRate ** (step / decay.decaySteps));

function scheduledConfig(kind: 'adam' | 'sgd', callbacks: unknown[] = []) {
  return testConfig({
    optimizer: { kind, learningRate: 0.5, schedule: { kind: 'ExponentialDecay', params: decay } },
    fit: { epochs: EPOCHS, batchSize: 32, validationSplit: 0.25, seed: 3 },
    callbacks,
  });
}

/** The rate each optimizer step really used: the optimizer's rate as each update reads it. */
function recordRatesPerStep(optimizer: KerasOptimizer): number[] {
  const rates: number[] = [];
  const apply = optimizer.apply.bind(optimizer);
  optimizer.apply = (gradients) => {
    rates.push(optimizer.getLearningRate());
    apply(gradients);
  };
  return rates;
}

async function trainScheduled(config: ReturnType<typeof scheduledConfig>, kind: 'adam' | 'sgd', control = new RunControl()) {
  const prepared = prepareRun(config);
  const rates = recordRatesPerStep(prepared.compiled.optimizer);
  const epochs: EpochRecord[] = [];
  const warnings: CallbackWarning[] = [];
  const result = await train({
    config,
    ...prepared,
    sink: new MemoryCheckpointSink(),
    control,
    clock: immediateClock,
    listener: { onEpochEnd: (record) => epochs.push(record), onWarning: (warning) => warnings.push(warning) },
  });
  prepared.compiled.dispose();
  return { result, epochs, rates, warnings };
}

describe('a schedule sets the rate of every optimizer step, counted across epochs', () => {
  test.each(['adam', 'sgd'] as const)('%s', async (kind) => {
    const { result, epochs, rates } = await trainScheduled(scheduledConfig(kind), kind);
    expect(result.failure).toBeNull();
    const steps = Array.from({ length: EPOCHS * STEPS_PER_EPOCH }, (_, step) => step);
    expect(rates).toEqual(steps.map(formula));
    // lrDuring is the rate at each epoch's first step.
    expect(epochs.map((epoch) => epoch.lrDuring)).toEqual([0, 1, 2].map((epoch) => formula(epoch * STEPS_PER_EPOCH)));
    expect(epochs.at(-1)?.lrAfter).toBe(formula(EPOCHS * STEPS_PER_EPOCH));
  });
});

test('a callback that sets the rate of a scheduled optimizer gets Keras TypeError', async () => {
  const source = 'class Setter extends Callback { onEpochEnd(epoch) { this.model.optimizer.learningRate = 0.001; } }';
  const { result } = await trainScheduled(scheduledConfig('adam', [{ type: 'CustomCallback', params: { source } }]), 'adam');
  expect(result.failure?.message).toContain(learningRateNotSettable().message);
  expect(result.failure?.epoch).toBe(0);
});

test('a rate the page asks for is refused with Keras\'s reason while a schedule drives the optimizer, and the run goes on', async () => {
  const control = new RunControl();
  control.requestLearningRate(0.5);
  const { result, rates, warnings } = await trainScheduled(scheduledConfig('adam'), 'adam', control);
  expect(result.failure).toBeNull();
  expect(result.epochsRun).toBe(EPOCHS);
  expect(rates).toEqual(Array.from({ length: EPOCHS * STEPS_PER_EPOCH }, (_, step) => formula(step)));
  expect(warnings.map((warning) => [warning.callback, warning.message])).toEqual([['Page', `learning rate 0.5 not set: ${learningRateNotSettable().message}`]]);
});
