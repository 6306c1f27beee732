/**
 * The context the coach decides from: what it can read from the logs Keras
 * passes a callback, each squashed to about [-1, 1] so one prior fits them
 * all and what is learned on one task carries to another. The trainer gives
 * callbacks no gradient statistics today, so the gradient-norm ratio and the
 * cosine of successive gradients (DESIGN.md §8) are not among them.
 */
export const FEATURE_NAMES = ['bias', 'rate_in_band', 'loss_trend', 'loss_noise', 'val_gap', 'budget_used'] as const;
export type FeatureName = (typeof FEATURE_NAMES)[number];

/** How a feature reads in a learned rule, when it is high. */
export const FEATURE_WORDS: Record<FeatureName, string> = {
  bias: 'always',
  rate_in_band: 'the rate is near the top of its band',
  loss_trend: 'the training loss is rising',
  loss_noise: 'the loss is noisy',
  val_gap: 'val_loss is well above loss (overfitting)',
  budget_used: 'training is late in its budget',
};

export interface FeatureInputs {
  learningRate: number;
  band: readonly [number, number];
  /** The smoothed training loss now, and at the previous decision (null at the first). */
  smoothedLoss: number;
  previousSmoothedLoss: number | null;
  /** The raw training loss now. */
  loss: number;
  /** val_loss now, when the logs have it. */
  valLoss: number | null;
  /** Share of the run's batches or epochs done, 0–1. */
  budgetUsed: number;
}

const squash = (value: number, scale: number): number => (Number.isFinite(value) ? Math.tanh(value * scale) : 0);

export function contextFeatures(inputs: FeatureInputs): number[] {
  const [low, high] = inputs.band;
  const logLow = Math.log10(low);
  const logHigh = Math.log10(high);
  const position = logHigh > logLow ? (2 * (Math.log10(inputs.learningRate) - logLow)) / (logHigh - logLow) - 1 : 0;
  const base = Math.abs(inputs.smoothedLoss) || 1;
  const trend = inputs.previousSmoothedLoss === null ? 0 : (inputs.smoothedLoss - inputs.previousSmoothedLoss) / Math.abs(inputs.previousSmoothedLoss || 1);
  const noise = Math.abs(inputs.loss - inputs.smoothedLoss) / base;
  const gap = inputs.valLoss === null ? 0 : (inputs.valLoss - inputs.loss) / (Math.abs(inputs.loss) || 1);
  return [1, Math.max(-1, Math.min(1, position)), squash(trend, 10), squash(noise, 10), squash(gap, 2), 2 * Math.max(0, Math.min(1, inputs.budgetUsed)) - 1];
}
