import { beforeAll, describe, expect, it } from 'vitest';
import { useCpuBackend } from '../../src/training/trainerTestKit';
import { coachSpec, PLATEAU_TUNED, taskConfig, trainOutcome, trainOutcomes } from './methods';
import { TASKS, type EvaluationTask } from './tasks';

beforeAll(useCpuBackend);

describe("the evaluation's stacked runs", () => {
  it('give each method exactly the outcome it has alone (cpu)', async () => {
    const task = TASKS.find((each) => each.name === 'iris') as EvaluationTask;
    const configs = [taskConfig(task, 3, 4, 0.01), taskConfig(task, 3, 4, 0.2, [PLATEAU_TUNED]), taskConfig(task, 3, 4, 0.01, [coachSpec(4, null)])];
    const stacked = await trainOutcomes(configs);
    const alone = [];
    for (const config of configs) alone.push(await trainOutcome(config));
    expect(stacked).toEqual(alone);
  });

  it('refuses runs that cannot share one stack', async () => {
    const [spiral, iris] = ['spiral', 'iris'].map((name) => TASKS.find((each) => each.name === name) as EvaluationTask);
    await expect(trainOutcomes([taskConfig(spiral as EvaluationTask, 1, 1, 0.01), taskConfig(iris as EvaluationTask, 1, 1, 0.01)])).rejects.toThrow(/one stack/);
    await expect(trainOutcomes([taskConfig(spiral as EvaluationTask, 1, 1, 0.01), taskConfig(spiral as EvaluationTask, 1, 2, 0.01)])).rejects.toThrow(/one stack/);
  });
});
