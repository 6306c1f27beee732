import { describe, expect, it } from 'vitest';
import { choose, CHANGE_COST, learn, learnedRules, priorModels } from './coachPolicy';
import { FEATURE_NAMES } from './coachFeatures';
import { seededRandom } from './seededRandom';

const FACTORS = [0.5, 0.8, 1, 1.25, 2];
const context = (rising = 0): number[] => [1, 0, rising, 0, 0, 0];

describe('coach policy', () => {
  it('favours ×1 before it has seen anything', () => {
    const models = priorModels(FACTORS);
    const random = seededRandom(1);
    const picks = Array.from({ length: 400 }, () => choose(models, context(), random).index);
    const keep = picks.filter((index) => index === 2).length;
    expect(keep / picks.length).toBeGreaterThan(0.3);
    expect(choose(models, context(), seededRandom(1)).predictions[0]?.mean).toBeCloseTo(CHANGE_COST, 12);
  });

  it('learns that one action helps and then takes it, and reads it as a rule', () => {
    let models = priorModels(FACTORS);
    const random = seededRandom(2);
    for (let i = 0; i < 40; i++) {
      const rising = random() * 2 - 1;
      // Raising ×2 lowers the loss by 5 % when the training loss falls (rising < 0); keeping it changes nothing.
      models = learn(models, 4, context(rising), -0.05 * (1 - rising) / 2 + 0.002 * (random() - 0.5));
      models = learn(models, 2, context(rising), 0.002 * (random() - 0.5));
    }
    const picks = Array.from({ length: 200 }, () => choose(models, context(-1), random).index);
    expect(picks.filter((index) => index === 4).length / picks.length).toBeGreaterThan(0.8);
    const rules = learnedRules(models, FACTORS);
    expect(rules.some((rule) => /always → raise ×2/.test(rule))).toBe(true);
  });

  it('has one feature per name', () => {
    expect(priorModels(FACTORS)[0]?.eta.length).toBe(FEATURE_NAMES.length);
  });
});
