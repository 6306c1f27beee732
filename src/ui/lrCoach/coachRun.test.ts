import { describe, expect, it } from 'vitest';
import { DEFAULT_FACTORS, LRCoach } from '../../callbacks';
import { CallbackHost } from '../../callbacks/callbackHost';
import { CallbackList } from '../../callbacks/callbackList';
import { fakeTrainingPort } from '../../callbacks/fakeTrainingPort';
import { memoryOf } from '../../callbacks/lrCoach/coachMemory';
import { priorModels } from '../../callbacks/lrCoach/coachPolicy';
import { parseRunConfig, type RunConfig } from '../../config/runConfig';
import { memoryAfterRun, taskKindOf, withCoachMemory } from './coachRun';

function config(raw: object): RunConfig {
  const parsed = parseRunConfig(raw);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
  return parsed.value;
}

describe('coach memory around a run', () => {
  it('names the task kind', () => {
    expect(taskKindOf({ kind: 'spiral', size: 500, noise: 0.1 })).toBe('classification');
    expect(taskKindOf({ kind: 'wages' })).toBe('regression');
  });

  it('hands memory only to coaches that remember, and keeps what the run learned', () => {
    const memory = memoryOf('classification', DEFAULT_FACTORS, priorModels(DEFAULT_FACTORS), 2);
    const setup = config({ callbacks: [{ type: 'LRCoach', params: {} }, { type: 'LRCoach', params: { remember: false } }] });
    const sent = withCoachMemory(setup, memory);
    expect(sent.callbacks[0]?.params).toEqual({ memory });
    expect(sent.callbacks[1]?.params).toEqual({ remember: false });
    // The worker's coach, run over a few epochs, reports its state as the page receives it.
    const coach = new LRCoach({ memory });
    let lr = 0.01;
    const list = new CallbackList([coach], new CallbackHost(fakeTrainingPort({ getLearningRate: () => lr, setLearningRate: (value) => (lr = value) }), []), { epochs: 6 });
    list.onTrainBegin();
    for (let epoch = 0; epoch < 6; epoch++) list.onEpochEnd(epoch, { loss: 1 / (epoch + 1), val_loss: 1.1 / (epoch + 1) });
    const kept = memoryAfterRun(setup, { 'callbacks[0]': { type: 'LRCoach', state: coach.getState() } }, memory);
    expect(kept?.runs).toBe(3);
    expect(kept?.models.reduce((sum, model) => sum + model.state.n, 0)).toBe(3);
  });
});
