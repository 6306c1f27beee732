/**
 * What the coach has learned, as a file: one posterior per action over the
 * context features. The seed's "class variable", carried across runs by the
 * page (IndexedDB, per task kind) and handed to the next run's coach.
 */
import { FEATURE_NAMES } from './coachFeatures';
import { posteriorMean, type RegressionState } from './bayesianLinearRegression';

export const COACH_MEMORY_VERSION = 1;

export interface ActionModel {
  factor: number;
  state: RegressionState;
}

export interface CoachMemory {
  v: typeof COACH_MEMORY_VERSION;
  /** The task it was learned on ("binary", "multiclass", "regression"); memory is kept per kind. */
  taskKind: string;
  features: string[];
  models: ActionModel[];
  /** Runs that taught it. */
  runs: number;
}

export function isCompatible(memory: CoachMemory, factors: readonly number[]): boolean {
  return (
    memory.features.length === FEATURE_NAMES.length &&
    memory.features.every((name, index) => name === FEATURE_NAMES[index]) &&
    factors.every((factor) => memory.models.some((model) => model.factor === factor))
  );
}

/** The model of each factor from memory, or null when the memory does not fit these actions. */
export function modelsFromMemory(memory: CoachMemory | null, factors: readonly number[]): RegressionState[] | null {
  if (!memory || !isCompatible(memory, factors)) return null;
  return factors.map((factor) => memory.models.find((model) => model.factor === factor)?.state as RegressionState);
}

export function memoryOf(taskKind: string, factors: readonly number[], states: readonly RegressionState[], runs: number): CoachMemory {
  return { v: COACH_MEMORY_VERSION, taskKind, features: [...FEATURE_NAMES], models: factors.map((factor, index) => ({ factor, state: states[index] as RegressionState })), runs };
}

/**
 * Pools what several runs learned, each from the same `prior`, into one
 * posterior: exactly the one a single coach would reach seeing all their
 * observations (the sufficient statistics add; each run's Σy² is recovered
 * from its b: b_n = b_0 + (Σy² + μ₀ᵀΛ₀μ₀ − μₙᵀΛₙμₙ) / 2).
 */
export function poolPosteriors(prior: RegressionState, runs: readonly RegressionState[]): RegressionState {
  const quadratic = (state: RegressionState) => dot(posteriorMean(state), state.eta);
  const priorQuadratic = quadratic(prior);
  let sumSquares = 0;
  const pooled: RegressionState = { precision: [...prior.precision], eta: [...prior.eta], a: prior.a, b: prior.b, n: prior.n };
  for (const run of runs) {
    sumSquares += 2 * (run.b - prior.b) - priorQuadratic + quadratic(run);
    run.precision.forEach((value, i) => (pooled.precision[i] = (pooled.precision[i] as number) + value - (prior.precision[i] as number)));
    run.eta.forEach((value, i) => (pooled.eta[i] = (pooled.eta[i] as number) + value - (prior.eta[i] as number)));
    pooled.a += run.a - prior.a;
    pooled.n += run.n - prior.n;
  }
  pooled.b = prior.b + Math.max(0, (sumSquares + priorQuadratic - quadratic(pooled)) / 2);
  return pooled;
}

const dot = (u: readonly number[], v: readonly number[]): number => u.reduce((sum, value, i) => sum + value * (v[i] as number), 0);
