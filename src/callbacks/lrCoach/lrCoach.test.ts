import { describe, expect, it } from 'vitest';
import { CallbackHost } from '../callbackHost';
import { CallbackList } from '../callbackList';
import { fakeTrainingPort } from '../fakeTrainingPort';
import { simulate } from '../simulate';
import { History } from '../history';
import { LRCoach } from './lrCoach';
import { memoryOf } from './coachMemory';
import { unflattenCoach } from './coachState';
import { FEATURE_NAMES } from './coachFeatures';

function run(coach: LRCoach, valLosses: readonly number[], initialLr = 0.01) {
  let lr = Math.fround(initialLr);
  const port = fakeTrainingPort({ getLearningRate: () => lr, setLearningRate: (value) => (lr = Math.fround(value)) });
  const host = new CallbackHost(port, [{ name: 'accuracy', direction: 'up' }]);
  const list = new CallbackList([coach, new History()], host, { epochs: valLosses.length, steps: 1 });
  const rates: number[] = [];
  list.onTrainBegin();
  valLosses.forEach((valLoss, epoch) => {
    list.onEpochBegin(epoch);
    list.onEpochEnd(epoch, { loss: valLoss * 0.9, accuracy: 0.5, val_loss: valLoss, val_accuracy: 0.5 });
    rates.push(lr);
  });
  list.onTrainEnd();
  return { rates, host };
}

const falling = Array.from({ length: 30 }, (_unused, epoch) => 1 / (1 + 0.1 * epoch));

describe('LRCoach', () => {
  it('refuses crossing bands, a horizon of 0 and an action set without ×1, at their fields', () => {
    expect(() => new LRCoach({ minLr: 0.1, maxLr: 0.01 })).toThrow(/band's limits cross/);
    expect(() => new LRCoach({ horizon: 0 })).toThrow(/horizon must be 1 or more/);
    expect(() => new LRCoach({ actions: [0.5, 2] })).toThrow(/×1/);
  });

  it('decides every epoch, stays in its band, and says what it did in Keras style', () => {
    const coach = new LRCoach({ seed: 4 });
    const { rates, host } = run(coach, falling);
    expect(coach.decisions).toBe(30);
    for (const rate of rates) {
      expect(rate).toBeGreaterThanOrEqual(Math.fround(0.001) * 0.999);
      expect(rate).toBeLessThanOrEqual(Math.fround(0.1) * 1.001);
    }
    for (const event of host.events) {
      expect(event.callback).toBe('LRCoach');
      expect(event.message).toMatch(/^Epoch \d+: LRCoach (raising|lowering) learning rate to [\d.e-]+ \(predicted Δval_loss [−+][\d.e-]+ ± [\d.e-]+\)\.$/);
    }
    // It learned from the decisions whose horizon passed.
    expect(coach.models.reduce((sum, model) => sum + model.n, 0)).toBe(30 - 3);
  });

  it('is reproducible from its seed', () => {
    expect(run(new LRCoach({ seed: 5 }), falling).rates).toEqual(run(new LRCoach({ seed: 5 }), falling).rates);
  });

  it('starts from memory when it remembers, cold when it does not, and its state round-trips', () => {
    const teacher = new LRCoach({ seed: 1 });
    run(teacher, falling);
    const memory = memoryOf('binary', teacher.factors, teacher.models, 1);
    const remembering = new LRCoach({ seed: 1, memory });
    run(remembering, falling.slice(0, 2));
    expect(remembering.fromMemory).toBe(true);
    const forgetting = new LRCoach({ seed: 1, memory, remember: false });
    run(forgetting, falling.slice(0, 2));
    expect(forgetting.fromMemory).toBe(false);
    const snapshot = unflattenCoach(remembering.getState(), FEATURE_NAMES.length);
    expect(snapshot?.models).toEqual(remembering.models);
    expect(snapshot?.last?.means.length).toBe(5);
    expect(JSON.parse(JSON.stringify(memory))).toEqual(memory);
  });

  it('runs in simulate over a recorded run', () => {
    const output = simulate({
      initialLr: 0.01,
      callbacks: [{ type: 'LRCoach', params: { seed: 2, verbose: 1 } }],
      epochs: falling.map((valLoss) => ({ loss: valLoss * 0.9, val_loss: valLoss })),
    });
    expect(output.error).toBeNull();
    expect(output.lrDuring.length).toBe(30);
    expect(new Set(output.lrAfter).size).toBeGreaterThan(1);
  });

  it('acts every N batches from the batch losses it recovers', () => {
    const coach = new LRCoach({ every: 5, seed: 3 });
    let lr = 0.01;
    const port = fakeTrainingPort({ getLearningRate: () => lr, setLearningRate: (value) => (lr = value) });
    const host = new CallbackHost(port, []);
    const list = new CallbackList([coach], host, { epochs: 2, steps: 20 });
    list.onTrainBegin();
    for (let epoch = 0; epoch < 2; epoch++) {
      list.onEpochBegin(epoch);
      let sum = 0;
      for (let batch = 0; batch < 20; batch++) {
        sum += 1 / (1 + epoch * 20 + batch);
        list.onTrainBatchBegin(batch);
        list.onTrainBatchEnd(batch, { loss: sum / (batch + 1) });
      }
      list.onEpochEnd(epoch, { loss: sum / 20 });
    }
    expect(coach.decisions).toBe(8);
  });
});
