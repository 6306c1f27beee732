/**
 * The coach's state as the flat numbers a callback state holds
 * (`CallbackState`): what it has learned (each action's posterior), and its
 * last decision (each action's predicted change ± spread, the one taken).
 * The trainer sends it to the page after every epoch, which draws the
 * coach's panel from it and keeps it as memory when the run ends.
 */
import type { CallbackState } from '../types';
import type { RegressionState } from './bayesianLinearRegression';

export interface LastDecision {
  /** Predicted change of the smoothed monitored value over the horizon, in its own units. */
  means: number[];
  sds: number[];
  chosen: number;
  epoch: number;
}

export interface CoachSnapshot {
  models: RegressionState[];
  decisions: number;
  fromMemory: boolean;
  last: LastDecision | null;
}

export function flattenCoach(snapshot: CoachSnapshot): CallbackState {
  const state: CallbackState = { decisions: snapshot.decisions, fromMemory: snapshot.fromMemory ? 1 : 0, actions: snapshot.models.length };
  snapshot.models.forEach((model, i) => {
    state[`m${i}.n`] = model.n;
    state[`m${i}.a`] = model.a;
    state[`m${i}.b`] = model.b;
    model.eta.forEach((value, j) => (state[`m${i}.e${j}`] = value));
    model.precision.forEach((value, j) => (state[`m${i}.p${j}`] = value));
  });
  if (snapshot.last) {
    state['last.chosen'] = snapshot.last.chosen;
    state['last.epoch'] = snapshot.last.epoch;
    snapshot.last.means.forEach((value, i) => (state[`last.mean${i}`] = value));
    snapshot.last.sds.forEach((value, i) => (state[`last.sd${i}`] = value));
  }
  return state;
}

const read = (state: CallbackState, key: string): number => {
  const value = state[key];
  return typeof value === 'number' ? value : Number.NaN;
};

/** The snapshot in a callback state, or null when it is not a coach's (its models incomplete). */
export function unflattenCoach(state: CallbackState, dimension: number): CoachSnapshot | null {
  const actions = read(state, 'actions');
  if (!Number.isInteger(actions) || actions < 1) return null;
  const models: RegressionState[] = [];
  for (let i = 0; i < actions; i++) {
    const eta = Array.from({ length: dimension }, (_unused, j) => read(state, `m${i}.e${j}`));
    const precision = Array.from({ length: dimension * dimension }, (_unused, j) => read(state, `m${i}.p${j}`));
    const model = { n: read(state, `m${i}.n`), a: read(state, `m${i}.a`), b: read(state, `m${i}.b`), eta, precision };
    if (![model.n, model.a, model.b, ...eta, ...precision].every(Number.isFinite)) return null;
    models.push(model);
  }
  const chosen = read(state, 'last.chosen');
  const last: LastDecision | null = Number.isInteger(chosen)
    ? {
        chosen,
        epoch: read(state, 'last.epoch'),
        means: Array.from({ length: actions }, (_unused, i) => read(state, `last.mean${i}`)),
        sds: Array.from({ length: actions }, (_unused, i) => read(state, `last.sd${i}`)),
      }
    : null;
  return { models, decisions: read(state, 'decisions'), fromMemory: read(state, 'fromMemory') === 1, last };
}
