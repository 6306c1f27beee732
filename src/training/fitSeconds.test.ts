import { beforeAll, expect, test } from 'vitest';
import { MemoryCheckpointSink } from './checkpointSink';
import type { TrainingClock } from './clock';
import { prepareRun } from './prepareRun';
import { RunControl } from './runControl';
import { train } from './trainer';
import { testConfig, useCpuBackend } from './trainerTestKit';

beforeAll(useCpuBackend);

test('fitSeconds spans what Keras\'s fit does: not the loss before the first step, nor the class views and test set after onTrainEnd', async () => {
  // A clock that moves only when the test moves it: each epoch end 10 ms, the work around fit seconds.
  let now = 0;
  const clock: TrainingClock = { now: () => now, yieldToEventLoop: () => Promise.resolve() };
  const config = testConfig({
    fit: { epochs: 3, batchSize: 32, validationSplit: 0.25, testSplit: 0.2, seed: 7 },
    callbacks: [{ id: 'cb1', type: 'ModelCheckpoint', params: { filepath: 'best.keras', saveBestOnly: true } }],
  });
  const prepared = prepareRun(config);
  const result = await train({
    config,
    ...prepared,
    sink: new MemoryCheckpointSink(),
    control: new RunControl(),
    clock,
    onInitialLoss: () => (now += 1_000),
    listener: { onEpochEnd: () => (now += 10) },
    probe: { afterEpoch: () => undefined, afterTrain: () => Promise.resolve(void (now += 5_000)) },
  });
  expect(result.failure).toBeNull();
  expect(result.test).not.toBeNull();
  expect(result.fitSeconds).toBeCloseTo(0.03, 6);
  prepared.compiled.dispose();
});
