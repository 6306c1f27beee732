/** Shared set-up for the trainer's node tests: a small run on the tfjs CPU backend. */
import * as tf from '@tensorflow/tfjs';
import { runConfigSchema, type RunConfig } from '../config/runConfig';
import { MemoryCheckpointSink } from './checkpointSink';
import type { TrainingClock } from './clock';
import { prepareRun, type PreparedRun } from './prepareRun';
import { RunControl } from './runControl';
import { train, type EpochRecord, type TrainerListener, type TrainingResult } from './trainer';

export async function useCpuBackend(): Promise<void> {
  await tf.setBackend('cpu');
  await tf.ready();
}

/** A run config from a partial one, validated as the worker validates it. */
export function testConfig(raw: Record<string, unknown>): RunConfig {
  return runConfigSchema.parse({
    dataset: { kind: 'spiral', size: 120, noise: 0.1 },
    fit: { epochs: 4, batchSize: 32, validationSplit: 0.25, seed: 7 },
    ...raw,
  });
}

/** A clock whose yields resolve at once: node tests need no real macrotasks. */
export const immediateClock: TrainingClock = { now: () => performance.now(), yieldToEventLoop: () => Promise.resolve() };

export interface TestRun {
  prepared: PreparedRun;
  result: TrainingResult;
  epochs: EpochRecord[];
  sink: MemoryCheckpointSink;
  control: RunControl;
}

export async function runTraining(
  config: RunConfig,
  setup: { control?: RunControl; onEpochEnd?: (record: EpochRecord, prepared: PreparedRun) => void; listener?: Omit<TrainerListener, 'onEpochEnd'> } = {},
): Promise<TestRun> {
  const prepared = prepareRun(config);
  const epochs: EpochRecord[] = [];
  const sink = new MemoryCheckpointSink();
  const control = setup.control ?? new RunControl();
  const result = await train({
    config,
    ...prepared,
    sink,
    control,
    clock: immediateClock,
    listener: {
      ...setup.listener,
      onEpochEnd(record) {
        epochs.push(record);
        setup.onEpochEnd?.(record, prepared);
      },
    },
  });
  return { prepared, result, epochs, sink, control };
}
