/**
 * What the coach has learned, as a file: one posterior per action over the
 * context features. The seed's "class variable", carried across runs by the
 * page (IndexedDB, per task kind) and handed to the next run's coach.
 */
import { FEATURE_NAMES } from './coachFeatures';
import type { RegressionState } from './bayesianLinearRegression';

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
