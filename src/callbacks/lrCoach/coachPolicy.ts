/**
 * LR Coach's policy (DESIGN.md §8): one Bayesian linear regression per
 * action (a factor on the learning rate), each predicting the relative
 * change of the smoothed monitored loss over the horizon from the context,
 * and Thompson sampling among them: each action's change is drawn from its
 * posterior and the lowest draw wins. The prior says a change of rate costs
 * a little (`CHANGE_COST`), so ×1 is taken until evidence says otherwise.
 */
import { posteriorMean, predict, priorState, sample, update, type Prediction, type RegressionState } from './bayesianLinearRegression';
import { FEATURE_NAMES, FEATURE_WORDS, type FeatureName } from './coachFeatures';
import type { Random } from './seededRandom';

/** The prior's predicted relative worsening for any factor but ×1. */
export const CHANGE_COST = 0.01;
/** Prior precision of each weight, in units of the noise variance: worth about four observations. */
const PRIOR_PRECISION = 4;
/** Prior noise: a relative change with a spread of about 2 %. */
const PRIOR_A = 2;
const PRIOR_B = PRIOR_A * 0.02 ** 2;
/** Targets are clipped to this relative change, so one diverged run does not swamp the regression. */
const TARGET_LIMIT = 1;

export function priorModels(factors: readonly number[]): RegressionState[] {
  const d = FEATURE_NAMES.length;
  return factors.map((factor) => {
    const mean = new Array<number>(d).fill(0);
    mean[0] = factor === 1 ? 0 : CHANGE_COST;
    return priorState(mean, new Array<number>(d).fill(PRIOR_PRECISION), PRIOR_A, PRIOR_B);
  });
}

export interface Choice {
  index: number;
  draws: number[];
  predictions: Prediction[];
}

export function choose(models: readonly RegressionState[], x: readonly number[], random: Random): Choice {
  const draws = models.map((model) => sample(model, x, random));
  let index = 0;
  draws.forEach((draw, i) => {
    if (draw < (draws[index] as number)) index = i;
  });
  return { index, draws, predictions: models.map((model) => predict(model, x)) };
}

export function learn(models: readonly RegressionState[], index: number, x: readonly number[], relativeChange: number): RegressionState[] {
  const y = Math.max(-TARGET_LIMIT, Math.min(TARGET_LIMIT, relativeChange));
  return models.map((model, i) => (i === index ? update(model, x, y) : model));
}

function factorWord(factor: number): string {
  return factor > 1 ? `raise ×${factor}` : factor < 1 ? `lower ×${factor}` : 'keep the rate';
}

/**
 * Rules read from the coefficients: for each context feature, the action
 * whose predicted change falls most (against ×1) as the feature rises, when
 * its weight has seen data and is clearly apart from ×1's.
 */
export function learnedRules(models: readonly RegressionState[], factors: readonly number[], minimumEffect = 0.002): string[] {
  const keep = factors.indexOf(1);
  if (keep < 0) return [];
  const means = models.map(posteriorMean);
  const rules: string[] = [];
  FEATURE_NAMES.forEach((name: FeatureName, feature) => {
    let best = -1;
    let bestEffect = -minimumEffect;
    means.forEach((weights, index) => {
      if (index === keep || (models[index]?.n ?? 0) === 0) return;
      const effect = (weights[feature] as number) - ((means[keep] as number[])[feature] as number);
      if (effect < bestEffect) {
        bestEffect = effect;
        best = index;
      }
    });
    if (best < 0) return;
    const percent = (Math.abs(bestEffect) * 100).toFixed(1);
    rules.push(`${FEATURE_WORDS[name]} → ${factorWord(factors[best] as number)} (predicted ${percent} % lower val_loss than keeping it)`);
  });
  return rules;
}
