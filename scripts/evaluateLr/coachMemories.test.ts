import { describe, expect, it } from 'vitest';
import { DEFAULT_FACTORS } from '../../src/callbacks';
import { priorModels } from '../../src/callbacks/lrCoach/coachPolicy';
import { leaveOneOut } from './coachMemories';
import { TASKS, type EvaluationTask } from './tasks';

const task = (name: string): EvaluationTask => TASKS.find((each) => each.name === name) as EvaluationTask;
// Two teacher runs per task, each still at the prior: only which runs are pooled matters here.
const taught = new Map(TASKS.map((each) => [each.name, [priorModels(DEFAULT_FACTORS), priorModels(DEFAULT_FACTORS)]]));

describe('the memory a held-out task gets', () => {
  it('pools the other six tasks', () => {
    expect(leaveOneOut(taught, task('iris')).runs).toBe(12);
    expect(leaveOneOut(taught, task('sine')).taskKind).toBe('regression');
  });

  it('or, as the page keeps it, only the other tasks of its kind', () => {
    expect(leaveOneOut(taught, task('iris'), true)).toMatchObject({ taskKind: 'classification', runs: 8 });
    expect(leaveOneOut(taught, task('spiral'), true)).toMatchObject({ taskKind: 'classification', runs: 8 });
    expect(leaveOneOut(taught, task('sine'), true)).toMatchObject({ taskKind: 'regression', runs: 2 });
  });
});
