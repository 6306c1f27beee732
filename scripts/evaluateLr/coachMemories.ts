/**
 * The memory the coach brings to a task it has not seen: what cold coaches
 * learned on the other six tasks (leave one task out), pooled as if one
 * coach had seen all their runs; or, as the page keeps it, only on the other
 * tasks of the same kind (classification or regression, `taskKindOf`).
 * Teacher runs use their own seeds, apart from the evaluation's.
 */
import { DEFAULT_FACTORS, type CoachMemory } from '../../src/callbacks';
import { FEATURE_NAMES } from '../../src/callbacks/lrCoach/coachFeatures';
import { memoryOf, poolPosteriors } from '../../src/callbacks/lrCoach/coachMemory';
import { priorModels } from '../../src/callbacks/lrCoach/coachPolicy';
import { unflattenCoach } from '../../src/callbacks/lrCoach/coachState';
import type { RegressionState } from '../../src/callbacks/lrCoach/bayesianLinearRegression';
import { taskKindOf } from '../../src/ui/lrCoach/coachRun';
import { coachSpec, taskConfig, trainOutcome } from './methods';
import { DEFAULT_RATE, TASKS, type EvaluationTask } from './tasks';

const TEACHER_SEED_BASE = 10_000;

/** Each task's teacher runs' final posteriors, one list of models per run. */
export async function teach(tasks: readonly EvaluationTask[], epochsOf: (task: EvaluationTask) => number, runsPerTask: number, horizon: number | null = null): Promise<Map<string, RegressionState[][]>> {
  const taught = new Map<string, RegressionState[][]>();
  for (const task of tasks) {
    const runs: RegressionState[][] = [];
    for (let run = 0; run < runsPerTask; run++) {
      const seed = TEACHER_SEED_BASE + run;
      let models: RegressionState[] | null = null;
      await trainOutcome(taskConfig(task, epochsOf(task), seed, DEFAULT_RATE, [coachSpec(seed, null, horizon)]), (states) => {
        const state = states['callbacks[0]']?.state;
        models = state ? (unflattenCoach(state, FEATURE_NAMES.length)?.models ?? models) : models;
      });
      if (models) runs.push(models);
    }
    taught.set(task.name, runs);
  }
  return taught;
}

/** The kind the page keeps a memory per (classification or regression), read from the task's parsed dataset. */
const kindOf = (task: EvaluationTask): string => taskKindOf(taskConfig(task, 1, 1, DEFAULT_RATE).dataset);

/** `sameKind`: only the tasks of the held-out task's kind, as the page remembers (one memory per kind). */
export function leaveOneOut(taught: ReadonlyMap<string, RegressionState[][]>, heldOut: EvaluationTask, sameKind = false): CoachMemory {
  const prior = priorModels(DEFAULT_FACTORS);
  const kind = kindOf(heldOut);
  const ofKind = (name: string) => TASKS.some((task) => task.name === name && kindOf(task) === kind);
  const runs = [...taught.entries()].filter(([name]) => name !== heldOut.name && (!sameKind || ofKind(name))).flatMap(([, list]) => list);
  const pooled = prior.map((model, index) => poolPosteriors(model, runs.map((run) => run[index] as RegressionState)));
  return memoryOf(sameKind ? kind : heldOut.kind, DEFAULT_FACTORS, pooled, runs.length);
}
