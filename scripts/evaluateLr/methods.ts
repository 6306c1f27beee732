/**
 * How each method of the evaluation trains a task: a constant rate, the
 * range test's valley, ReduceLROnPlateau (Keras's defaults, and tuned), and
 * LR Coach cold or with memory. Every method sees the same seed, so the same
 * initial weights and batch order (the pairs of the statistics).
 */
import type { CoachMemory } from '../../src/callbacks';
import { DEFAULT_RANGE_TEST } from '../../src/callbacks/rangeTest/rangeTestSettings';
import { suggestRates } from '../../src/callbacks/rangeTest/suggestions';
import { runConfigSchema, type RunConfig } from '../../src/config/runConfig';
import { stackGroups } from '../../src/config/stackGroups';
import { MemoryCheckpointSink } from '../../src/training/checkpointSink';
import { prepareRun } from '../../src/training/prepareRun';
import { runRangeTest } from '../../src/training/rangeTest/runRangeTest';
import { RunControl } from '../../src/training/runControl';
import type { CallbackStates } from '../../src/training/resumePoint';
import { trainStacked } from '../../src/training/stack/stackedTrainer';
import { train, type TrainingResult } from '../../src/training/trainer';
import { immediateClock } from '../../src/training/trainerTestKit';
import { DEFAULT_RATE, type EvaluationTask } from './tasks';

export interface Outcome {
  testLoss: number | null;
  /** Mean of log(val_loss) over the epochs: the area under the log val-loss curve, per epoch. */
  logValArea: number | null;
  diverged: boolean;
}

export function taskConfig(task: EvaluationTask, epochs: number, seed: number, learningRate: number, callbacks: unknown[] = []): RunConfig {
  return runConfigSchema.parse({
    dataset: task.dataset,
    optimizer: { kind: 'adam', learningRate },
    fit: { epochs, batchSize: 32, validationSplit: 0.2, testSplit: 0.2, seed, verbose: 0 },
    callbacks,
  });
}

function outcomeOf(result: Pick<TrainingResult, 'failure' | 'history' | 'test'>): Outcome {
  const testLoss = result.test?.logs['loss'] ?? null;
  const valLosses = result.history['val_loss'] ?? [];
  const logs = valLosses.map((value) => Math.log(value));
  const logValArea = logs.length > 0 && logs.every(Number.isFinite) ? logs.reduce((sum, value) => sum + value, 0) / logs.length : null;
  const diverged = result.failure !== null || testLoss === null || !Number.isFinite(testLoss) || logValArea === null;
  return { testLoss: diverged ? null : testLoss, logValArea, diverged };
}

/** One run alone, on the solo trainer; `onStates` sees each callback's state after every epoch (a coach's posterior, for memory). */
export async function trainOutcome(config: RunConfig, onStates?: (states: CallbackStates) => void): Promise<Outcome> {
  const prepared = prepareRun(config);
  try {
    const listener = onStates ? { onCallbackStates: onStates } : {};
    return outcomeOf(await train({ config, ...prepared, sink: new MemoryCheckpointSink(), control: new RunControl(), clock: immediateClock, listener }));
  } finally {
    prepared.compiled.dispose();
  }
}

/**
 * Several runs that share data, split and model, as one stacked model
 * (DESIGN.md §7): each trains exactly as alone (the stacked trainer's
 * contract, tested against the solo trainer on cpu), at about the cost of one.
 */
export async function trainOutcomes(configs: readonly RunConfig[]): Promise<Outcome[]> {
  const groups = stackGroups(configs);
  if (groups.length !== 1) throw new Error(`evaluate:lr: these ${configs.length} runs do not share one stack (${groups.length} groups)`);
  const prepared = prepareRun(configs[0] as RunConfig);
  prepared.compiled.dispose();
  const sinks = configs.map(() => new MemoryCheckpointSink());
  const results = await trainStacked({ configs, data: prepared.data, sinks, control: new RunControl(), clock: immediateClock });
  return results.map(outcomeOf);
}

/** The range test's valley for this task and seed, or the default rate when the curve has none. */
export async function valleyRate(task: EvaluationTask, epochs: number, seed: number): Promise<number> {
  const curve = await runRangeTest({ config: taskConfig(task, epochs, seed, DEFAULT_RATE), settings: DEFAULT_RANGE_TEST, clock: immediateClock });
  return suggestRates(curve).suggestions.find((suggestion) => suggestion.name === 'valley')?.rate ?? DEFAULT_RATE;
}

export const PLATEAU_KERAS_DEFAULTS = { type: 'ReduceLROnPlateau', params: {} };
export const PLATEAU_TUNED = { type: 'ReduceLROnPlateau', params: { factor: 0.5, patience: 3, minLr: 1e-5 } };

/** `horizon`: decisions between an action and its judgement; the coach's own default when null. */
export function coachSpec(seed: number, memory: CoachMemory | null, horizon: number | null = null): unknown {
  return { type: 'LRCoach', params: { seed, remember: memory !== null, memory, ...(horizon === null ? {} : { horizon }) } };
}
