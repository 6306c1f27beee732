/**
 * Each optimizer's `update_step`, as its Keras 3 source writes it
 * (`keras/src/optimizers/sgd.py`, `adam.py` (AdamW is Adam with weight
 * decay), `rmsprop.py`, `adagrad.py`, `adamax.py`, `nadam.py`), on tensors
 * whose leading axis may hold variants.
 *
 * Everything is float32 as on Keras's TF/JAX backends. What Keras computes
 * per step from the iteration count alone (Adam's `alpha`, Nadam's `u_t`)
 * is computed here in JavaScript, rounding to float32 after every operation
 * as the float32 ops would (`f32`), and enters the graph as one small
 * vector per step instead of a handful of kernels. Where Keras subtracts a
 * Python float from 1 (`1 - self.beta_1`) the difference is a double
 * rounded once, and where it subtracts a float32 tensor (Nadam's
 * `1 - beta_1`) it is a float32 difference: the two differ in the last bit.
 *
 * Where tfjs differs (and Keras decides): Adam adds epsilon to `sqrt(v)`,
 * not to `sqrt(v_hat)`; SGD's momentum keeps the rate inside the velocity.
 */
import * as tf from '@tensorflow/tfjs';
import type { KerasOptimizerParams, OptimizerKind } from '../../config/optimizerParams';

export const f32 = Math.fround;

/** Per-variant numbers a step needs, by name; `vector(name)` gives them as a tensor shaped for the variable. */
export type StepValues = Record<string, number>;
export type Vector = (name: string) => tf.Tensor;

export interface RuleState {
  /** Nadam's `_u_product`, a float32 per variant. */
  uProduct: number;
}

export interface UpdateRule {
  /** The slot variables' names (Keras's), in Keras's order; `initial` is the value they start at. */
  slots(params: KerasOptimizerParams): { name: string; initial: number }[];
  /**
   * The values one update of a variant uses, from its hyperparameters, its
   * float32 learning rate and Keras's `iterations` before the update; may
   * move `state` (Nadam's running product), once per update.
   */
  stepValues(params: KerasOptimizerParams, learningRate: number, iterations: number, state: RuleState): StepValues;
  /**
   * The variable and its slots after the update; `vector` reads per-variant
   * values (constants and step values); `shape` gives the flags that shape
   * the graph (Nesterov, RMSprop's momentum and centering), one for the stack.
   */
  update(gradient: tf.Tensor, variable: tf.Tensor, slots: readonly tf.Tensor[], vector: Vector, shape: KerasOptimizerParams): { variable: tf.Tensor; slots: tf.Tensor[] };
}

/** Constants each kind reads per variant (float32 of Keras's Python floats, or of `1 - x` done in doubles). */
export function constantValues(kind: OptimizerKind, params: KerasOptimizerParams): StepValues {
  switch (kind) {
    case 'sgd':
      return { momentum: f32(params.momentum) };
    case 'adam':
    case 'adamw':
    case 'adamax':
      return { oneMinusBeta1: f32(1 - params.beta1), oneMinusBeta2: f32(1 - params.beta2), beta2: f32(params.beta2), epsilon: f32(params.epsilon) };
    case 'nadam':
      return { oneMinusBeta1: f32(1 - f32(params.beta1)), oneMinusBeta2: f32(1 - f32(params.beta2)), epsilon: f32(params.epsilon) };
    case 'rmsprop':
      return { rho: f32(params.rho), oneMinusRho: f32(1 - params.rho), momentum: f32(params.momentum), epsilon: f32(params.epsilon) };
    case 'adagrad':
      return { epsilon: f32(params.epsilon) };
  }
}

const sgd: UpdateRule = {
  slots: (params) => (params.momentum !== 0 ? [{ name: 'momentum', initial: 0 }] : []),
  stepValues: (_params, learningRate) => ({ learningRate }),
  update(gradient, variable, slots, vector, shape) {
    const step = tf.mul(gradient, vector('learningRate'));
    const [m] = slots;
    if (m === undefined) return { variable: tf.sub(variable, step), slots: [] };
    const velocity = tf.sub(tf.mul(m, vector('momentum')), step);
    // Nesterov looks ahead with the updated velocity: momentum * m - g * lr, again.
    const move = shape.nesterov ? tf.sub(tf.mul(velocity, vector('momentum')), step) : velocity;
    return { variable: tf.add(variable, move), slots: [velocity] };
  },
};

/** Adam's bias corrections in float32: `lr * sqrt(1 - b2^t) / (1 - b1^t)`, with `b^t` a float32 power. */
function adamAlpha(params: KerasOptimizerParams, learningRate: number, iterations: number): number {
  const localStep = f32(iterations + 1);
  const beta1Power = f32(Math.pow(f32(params.beta1), localStep));
  const beta2Power = f32(Math.pow(f32(params.beta2), localStep));
  return f32(f32(learningRate * f32(Math.sqrt(f32(1 - beta2Power)))) / f32(1 - beta1Power));
}

/** `m += (g - m) * (1 - beta_1)`; `v += (g² - v) * (1 - beta_2)`. */
function moments(gradient: tf.Tensor, m: tf.Tensor, v: tf.Tensor, vector: Vector): [tf.Tensor, tf.Tensor] {
  return [
    tf.add(m, tf.mul(tf.sub(gradient, m), vector('oneMinusBeta1'))),
    tf.add(v, tf.mul(tf.sub(tf.square(gradient), v), vector('oneMinusBeta2'))),
  ];
}

const adam: UpdateRule = {
  slots: (params) => [
    { name: 'momentum', initial: 0 },
    { name: 'velocity', initial: 0 },
    ...(params.amsgrad ? [{ name: 'velocity_hat', initial: 0 }] : []),
  ],
  stepValues: (params, learningRate, iterations) => ({ alpha: adamAlpha(params, learningRate, iterations) }),
  update(gradient, variable, slots, vector) {
    const [m, v] = moments(gradient, slots[0] as tf.Tensor, slots[1] as tf.Tensor, vector);
    const vHat = slots[2] === undefined ? null : tf.maximum(slots[2], v);
    const step = tf.div(tf.mul(m, vector('alpha')), tf.add(tf.sqrt(vHat ?? v), vector('epsilon')));
    return { variable: tf.sub(variable, step), slots: vHat ? [m, v, vHat] : [m, v] };
  },
};

const rmsprop: UpdateRule = {
  slots: (params) => [
    { name: 'velocity', initial: 0 },
    ...(params.momentum > 0 ? [{ name: 'momentum', initial: 0 }] : []),
    ...(params.centered ? [{ name: 'average_gradient', initial: 0 }] : []),
  ],
  stepValues: (_params, learningRate) => ({ learningRate }),
  update(gradient, variable, slots, vector, shape) {
    const velocity = tf.add(tf.mul(vector('rho'), slots[0] as tf.Tensor), tf.mul(vector('oneMinusRho'), tf.square(gradient)));
    const momentum = shape.momentum > 0 ? slots[1] : undefined;
    const averageBefore = shape.centered ? slots[momentum ? 2 : 1] : undefined;
    let denominator: tf.Tensor;
    let average: tf.Tensor | undefined;
    if (averageBefore !== undefined) {
      average = tf.add(tf.mul(vector('rho'), averageBefore), tf.mul(vector('oneMinusRho'), gradient));
      denominator = tf.add(tf.sub(velocity, tf.square(average)), vector('epsilon'));
    } else {
      denominator = tf.add(velocity, vector('epsilon'));
    }
    const increment = tf.div(tf.mul(vector('learningRate'), gradient), tf.sqrt(denominator));
    const newSlots: tf.Tensor[] = [velocity];
    let next: tf.Tensor;
    if (momentum !== undefined) {
      const moved = tf.add(tf.mul(vector('momentum'), momentum), increment);
      newSlots.push(moved);
      next = tf.sub(variable, moved);
    } else {
      next = tf.sub(variable, increment);
    }
    if (average) newSlots.push(average);
    return { variable: next, slots: newSlots };
  },
};

const adagrad: UpdateRule = {
  slots: (params) => [{ name: 'accumulator', initial: params.initialAccumulatorValue }],
  stepValues: (_params, learningRate) => ({ learningRate }),
  update(gradient, variable, slots, vector) {
    const accumulator = tf.add(slots[0] as tf.Tensor, tf.square(gradient));
    const step = tf.div(tf.mul(vector('learningRate'), gradient), tf.sqrt(tf.add(accumulator, vector('epsilon'))));
    return { variable: tf.sub(variable, step), slots: [accumulator] };
  },
};

const adamax: UpdateRule = {
  slots: () => [
    { name: 'momentum', initial: 0 },
    { name: 'norm', initial: 0 },
  ],
  stepValues: (params, learningRate, iterations) => {
    const beta1Power = f32(Math.pow(f32(params.beta1), f32(iterations + 1)));
    return { learningRate, oneMinusBeta1Power: f32(1 - beta1Power) };
  },
  update(gradient, variable, slots, vector) {
    const m = tf.add(slots[0] as tf.Tensor, tf.mul(tf.sub(gradient, slots[0] as tf.Tensor), vector('oneMinusBeta1')));
    const u = tf.maximum(tf.mul(vector('beta2'), slots[1] as tf.Tensor), tf.abs(gradient));
    const step = tf.div(tf.mul(vector('learningRate'), m), tf.mul(vector('oneMinusBeta1Power'), tf.add(u, vector('epsilon'))));
    return { variable: tf.sub(variable, step), slots: [m, u] };
  },
};

/** Nadam's `u_t = beta_1 * (1 - 0.5 * 0.96^t)`, in float32. */
function nadamU(beta1: number, step: number): number {
  return f32(beta1 * f32(1 - f32(0.5 * f32(Math.pow(f32(0.96), step)))));
}

const nadam: UpdateRule = {
  slots: () => [
    { name: 'momentum', initial: 0 },
    { name: 'velocity', initial: 0 },
  ],
  stepValues(params, learningRate, iterations, state) {
    const beta1 = f32(params.beta1);
    const localStep = f32(iterations + 1);
    // `_backend_update_step`: the running product moves once per update, before the variables do.
    state.uProduct = f32(f32(state.uProduct * beta1) * f32(1 - f32(0.5 * f32(Math.pow(f32(0.96), localStep)))));
    const uT = nadamU(beta1, localStep);
    const uT1 = nadamU(beta1, f32(iterations + 2));
    const uProductT1 = f32(state.uProduct * uT1);
    const beta2Power = f32(Math.pow(f32(params.beta2), localStep));
    return {
      learningRate,
      uT1,
      oneMinusUProductT1: f32(1 - uProductT1),
      oneMinusUT: f32(1 - uT),
      oneMinusUProductT: f32(1 - state.uProduct),
      oneMinusBeta2Power: f32(1 - beta2Power),
    };
  },
  update(gradient, variable, slots, vector) {
    const [m, v] = moments(gradient, slots[0] as tf.Tensor, slots[1] as tf.Tensor, vector);
    const mHat = tf.add(
      tf.div(tf.mul(vector('uT1'), m), vector('oneMinusUProductT1')),
      tf.div(tf.mul(vector('oneMinusUT'), gradient), vector('oneMinusUProductT')),
    );
    const vHat = tf.div(v, vector('oneMinusBeta2Power'));
    const step = tf.div(tf.mul(mHat, vector('learningRate')), tf.add(tf.sqrt(vHat), vector('epsilon')));
    return { variable: tf.sub(variable, step), slots: [m, v] };
  },
};

export const UPDATE_RULES: Readonly<Record<OptimizerKind, UpdateRule>> = {
  sgd,
  adam,
  adamw: adam,
  rmsprop,
  adagrad,
  adamax,
  nadam,
};
