/**
 * Bayesian linear regression with a Normal-inverse-gamma prior (the
 * conjugate prior when the noise variance is unknown): y = wᵀx + ε,
 * ε ~ N(0, σ²), w | σ² ~ N(μ, σ² Λ⁻¹), σ² ~ InvGamma(a, b). Each
 * observation updates the posterior in closed form:
 *   Λ' = Λ + x xᵀ,  Λ'μ' = Λμ + x y,  a' = a + 1/2,
 *   b' = b + (y² + μᵀΛμ − μ'ᵀΛ'μ') / 2.
 * The noise is learned, not fixed, because the coach's target (a relative
 * change in validation loss) is noisier on some tasks than on others, and a
 * fixed noise would make it over- or under-confident across them.
 *
 * The state is kept as Λ and η = Λμ, which the update only adds to.
 */
import { gamma, standardNormal, type Random } from './seededRandom';

export interface RegressionState {
  /** Λ, row-major d×d. */
  precision: number[];
  /** η = Λμ. */
  eta: number[];
  a: number;
  b: number;
  /** Observations seen. */
  n: number;
}

export interface Prediction {
  mean: number;
  /** Standard deviation of the posterior predictive (a Student-t with 2a degrees of freedom, given as its scale × √(ν/(ν−2)) when finite). */
  sd: number;
}

export function priorState(mean: readonly number[], priorPrecision: readonly number[], a: number, b: number): RegressionState {
  const d = mean.length;
  const precision = new Array<number>(d * d).fill(0);
  for (let i = 0; i < d; i++) precision[i * d + i] = priorPrecision[i] as number;
  return { precision, eta: mean.map((value, i) => value * (priorPrecision[i] as number)), a, b, n: 0 };
}

export function dimension(state: RegressionState): number {
  return state.eta.length;
}

/** The lower Cholesky factor L of a symmetric positive-definite matrix (L Lᵀ = M). */
export function cholesky(matrix: readonly number[], d: number): number[] {
  const lower = new Array<number>(d * d).fill(0);
  for (let i = 0; i < d; i++) {
    for (let j = 0; j <= i; j++) {
      let sum = matrix[i * d + j] as number;
      for (let k = 0; k < j; k++) sum -= (lower[i * d + k] as number) * (lower[j * d + k] as number);
      lower[i * d + j] = i === j ? Math.sqrt(Math.max(sum, 1e-12)) : sum / (lower[j * d + j] as number);
    }
  }
  return lower;
}

function forwardSolve(lower: readonly number[], d: number, rhs: readonly number[]): number[] {
  const out = new Array<number>(d).fill(0);
  for (let i = 0; i < d; i++) {
    let sum = rhs[i] as number;
    for (let k = 0; k < i; k++) sum -= (lower[i * d + k] as number) * (out[k] as number);
    out[i] = sum / (lower[i * d + i] as number);
  }
  return out;
}

function backSolve(lower: readonly number[], d: number, rhs: readonly number[]): number[] {
  const out = new Array<number>(d).fill(0);
  for (let i = d - 1; i >= 0; i--) {
    let sum = rhs[i] as number;
    for (let k = i + 1; k < d; k++) sum -= (lower[k * d + i] as number) * (out[k] as number);
    out[i] = sum / (lower[i * d + i] as number);
  }
  return out;
}

/** μ = Λ⁻¹η. */
export function posteriorMean(state: RegressionState): number[] {
  const d = dimension(state);
  const lower = cholesky(state.precision, d);
  return backSolve(lower, d, forwardSolve(lower, d, state.eta));
}

const dot = (u: readonly number[], v: readonly number[]): number => u.reduce((sum, value, i) => sum + value * (v[i] as number), 0);

export function update(state: RegressionState, x: readonly number[], y: number): RegressionState {
  const d = dimension(state);
  const before = posteriorMean(state);
  const quadBefore = dot(before, state.eta);
  const precision = state.precision.map((value, index) => value + (x[Math.floor(index / d)] as number) * (x[index % d] as number));
  const eta = state.eta.map((value, i) => value + (x[i] as number) * y);
  const next: RegressionState = { precision, eta, a: state.a + 0.5, b: state.b, n: state.n + 1 };
  const quadAfter = dot(posteriorMean(next), eta);
  next.b = state.b + Math.max(0, (y * y + quadBefore - quadAfter) / 2);
  return next;
}

/** The posterior predictive mean and spread of y at x. */
export function predict(state: RegressionState, x: readonly number[]): Prediction {
  const d = dimension(state);
  const mean = dot(posteriorMean(state), x);
  const lower = cholesky(state.precision, d);
  const z = forwardSolve(lower, d, x);
  const leverage = dot(z, z);
  const scale2 = (state.b / state.a) * (1 + leverage);
  const dof = 2 * state.a;
  return { mean, sd: Math.sqrt(scale2 * (dof > 2 ? dof / (dof - 2) : 3)) };
}

/** One Thompson draw of y at x: σ² from its inverse gamma, w from N(μ, σ²Λ⁻¹), then wᵀx. */
export function sample(state: RegressionState, x: readonly number[], random: Random): number {
  const d = dimension(state);
  const variance = state.b / gamma(random, state.a);
  const mean = posteriorMean(state);
  const lower = cholesky(state.precision, d);
  // w = μ + σ L⁻ᵀ z has covariance σ² (L Lᵀ)⁻¹ = σ² Λ⁻¹.
  const noise = backSolve(lower, d, Array.from({ length: d }, () => standardNormal(random)));
  return mean.reduce((sum, value, i) => sum + (value + Math.sqrt(variance) * (noise[i] as number)) * (x[i] as number), 0);
}
