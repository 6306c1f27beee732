/**
 * Plateau's optimizer: Keras 3's `BaseOptimizer.apply` (keras/src/optimizers/
 * base_optimizer.py), written once with tfjs ops over variables whose
 * leading axis may hold K variants of one model (DESIGN.md §7). A solo run
 * is K = 1, without the axis. Per call it does what `_backend_apply_gradients`
 * does: gradient accumulation (every n-th call applies the mean of the last
 * n gradients), clipping (`clipnorm`, `global_clipnorm`, `clipvalue`),
 * weight decay (`w -= w * wd * lr`), the optimizer's own `update_step`
 * (updateRules.ts), the moving average of the weights with `use_ema` and its
 * overwrite, and the iteration count.
 *
 * Each variant has its own learning rate, hyperparameters, iteration count
 * and state, and can be stopped: a stopped variant's weights, slots and
 * iteration count stop moving (its update is masked, not its gradient:
 * Adam moves on a zero gradient). The variants of one optimizer share the
 * kind and the options that change the graph (`stackKey`).
 */
import * as tf from '@tensorflow/tfjs';
import { stackKey, type KerasOptimizerParams, type OptimizerKind } from '../../config/optimizerParams';
import { constantValues, f32, UPDATE_RULES, type RuleState, type StepValues, type UpdateRule } from './updateRules';

export interface KerasOptimizerOptions {
  kind: OptimizerKind;
  /** One per variant; they must share `stackKey`. */
  variants: readonly KerasOptimizerParams[];
  /** The variables to train, with the variant axis first when `variantAxis`. */
  variables: readonly tf.Variable[];
  /** Keras's variable paths (`dense_1/kernel`), for the slots' names; defaults to the variables' names. */
  names?: readonly string[];
  variantAxis: boolean;
}

export interface NamedSlot {
  /** `<variable path>/<slot name>`, as Keras names optimizer variables. */
  name: string;
  /** The slot's own name (`momentum`), and the index of the variable it belongs to. */
  slot: string;
  index: number;
  variable: tf.Variable;
}

export class KerasOptimizer {
  readonly kind: OptimizerKind;
  readonly variantCount: number;
  private readonly params: readonly KerasOptimizerParams[];
  /** The first variant's options stand for the stack's shape. */
  private readonly shape: KerasOptimizerParams;
  private readonly rule: UpdateRule;
  private readonly variables: readonly tf.Variable[];
  private readonly names: readonly string[];
  private readonly variantAxis: boolean;
  private readonly accumulationSteps: number;
  /** Keras's `_iterations` per variant: calls, counting those that only accumulate. */
  private readonly rawIterations: number[];
  private readonly learningRates: number[];
  private readonly active: boolean[];
  private readonly ruleStates: RuleState[];
  private readonly slotVariables: tf.Variable[][];
  private readonly slotNames: string[];
  private readonly accumulators: tf.Variable[] | null;
  private readonly averages: tf.Variable[] | null;
  /** Per-variant constants as tensors, by name and rank; kept for the optimizer's life. */
  private readonly constants = new Map<string, tf.Tensor>();
  private readonly constantValues: Record<string, number[]>;

  constructor(options: KerasOptimizerOptions) {
    const [first] = options.variants;
    if (!first) throw new Error('an optimizer needs at least one variant');
    const key = stackKey(options.kind, first);
    if (options.variants.some((params) => stackKey(options.kind, params) !== key)) {
      throw new Error('the variants of one optimizer must share its kind and the options that shape it');
    }
    if (!options.variantAxis && options.variants.length !== 1) throw new Error('several variants need the variant axis');
    this.kind = options.kind;
    this.params = options.variants;
    this.shape = first;
    this.variantCount = options.variants.length;
    this.rule = UPDATE_RULES[options.kind];
    this.variables = options.variables;
    this.names = options.names ?? options.variables.map((variable) => variable.name);
    this.variantAxis = options.variantAxis;
    this.accumulationSteps = first.gradientAccumulationSteps || 0;
    this.rawIterations = this.params.map(() => 0);
    this.learningRates = this.params.map((params) => f32(params.learningRate));
    this.active = this.params.map(() => true);
    this.ruleStates = this.params.map(() => ({ uProduct: 1 }));
    const slots = this.rule.slots(first);
    this.slotNames = slots.map((slot) => slot.name);
    // Adagrad's accumulators start at each variant's `initial_accumulator_value`.
    const initials = slots.map((_slot, position) => this.params.map((params) => this.rule.slots(params)[position]?.initial ?? 0));
    this.slotVariables = this.variables.map((variable) =>
      slots.map((_slot, position) =>
        tf.tidy(() => tf.variable(tf.mul(tf.onesLike(variable), this.vectorOf(initials[position] as number[], variable.rank)), false)),
      ),
    );
    const zeros = (variable: tf.Variable): tf.Variable => tf.tidy(() => tf.variable(tf.zerosLike(variable), false));
    this.accumulators = this.accumulationSteps ? this.variables.map(zeros) : null;
    this.averages = first.useEma ? this.variables.map(zeros) : null;
    const perVariant: StepValues[] = this.params.map((params) => ({
      ...constantValues(options.kind, params),
      weightDecay: f32(params.weightDecay ?? 0),
      clipnorm: f32(params.clipnorm ?? 0),
      globalClipnorm: f32(params.globalClipnorm ?? 0),
      inverseGlobalClipnorm: f32(1 / (params.globalClipnorm ?? 1)),
      negativeClipvalue: f32(-(params.clipvalue ?? 0)),
      clipvalue: f32(params.clipvalue ?? 0),
      accumulationSteps: f32(this.accumulationSteps || 1),
    }));
    this.constantValues = Object.fromEntries(Object.keys(perVariant[0] ?? {}).map((name) => [name, perVariant.map((values) => values[name] ?? 0)]));
  }

  /** Keras's `optimizer.iterations` of a variant: its updates (calls // n with gradient accumulation). */
  iterations(variant = 0): number {
    const raw = this.rawIterations[variant] ?? 0;
    return this.accumulationSteps ? Math.floor(raw / this.accumulationSteps) : raw;
  }

  /** The calls a variant has taken, counting those that only accumulated (Keras's `_iterations`, which schedules read). */
  calls(variant = 0): number {
    return this.rawIterations[variant] ?? 0;
  }

  /** The float32 learning rate the variant's next update uses. */
  getLearningRate(variant = 0): number {
    return this.learningRates[variant] ?? Number.NaN;
  }

  /** Assigns the rate as Keras assigns its float32 `learning_rate` variable. */
  setLearningRate(rate: number, variant = 0): void {
    this.learningRates[variant] = f32(rate);
  }

  /** A stopped variant's weights, slots and iteration count stop moving. */
  setActive(variant: number, active: boolean): void {
    this.active[variant] = active;
  }

  isActive(variant: number): boolean {
    return this.active[variant] ?? false;
  }

  /** The optimizer's state variables, named as Keras names them, in Keras's order (EMA and accumulators, then each slot). */
  namedSlots(): NamedSlot[] {
    const named: NamedSlot[] = [];
    this.variables.forEach((_variable, index) => {
      const average = this.averages?.[index];
      if (average) named.push({ name: `${this.names[index] ?? index}/average`, slot: 'average', index, variable: average });
      const accumulator = this.accumulators?.[index];
      if (accumulator) named.push({ name: `${this.names[index] ?? index}/gradient_accumulator`, slot: 'gradient_accumulator', index, variable: accumulator });
    });
    this.slotNames.forEach((slotName, slot) => {
      this.slotVariables.forEach((slots, index) => {
        named.push({ name: `${this.names[index] ?? index}/${slotName}`, slot: slotName, index, variable: slots[slot] as tf.Variable });
      });
    });
    return named;
  }

  /** The moving averages of the weights, with `use_ema` (Keras's `_model_variables_moving_average`). */
  get movingAverages(): readonly tf.Variable[] | null {
    return this.averages;
  }

  /** What is not in a tensor: the calls taken and Nadam's running product, per variant. */
  scalarState(variant = 0): { calls: number; uProduct: number } {
    return { calls: this.calls(variant), uProduct: this.ruleStates[variant]?.uProduct ?? 1 };
  }

  setScalarState(state: { calls: number; uProduct?: number }, variant = 0): void {
    this.rawIterations[variant] = state.calls;
    const ruleState = this.ruleStates[variant];
    if (ruleState) ruleState.uProduct = state.uProduct ?? 1;
  }

  /** One call of Keras's `apply(grads)`: the gradients of the variables, in their order, shaped as they are. */
  apply(gradients: readonly tf.Tensor[]): void {
    if (gradients.length !== this.variables.length) {
      throw new Error(`expected ${this.variables.length} gradients, got ${gradients.length}`);
    }
    const n = this.accumulationSteps;
    const updating = this.active.map((on, variant) => on && (!n || ((this.rawIterations[variant] ?? 0) + 1) % n === 0));
    const accumulating = this.active.map((on, variant) => on && n > 0 && !updating[variant]);
    const steps: (StepValues | null)[] = this.params.map((params, variant) =>
      updating[variant] ? { ...this.rule.stepValues(params, this.getLearningRate(variant), this.iterations(variant), this.ruleStates[variant] as RuleState), learningRate: this.getLearningRate(variant) } : null,
    );
    tf.tidy(() => {
      // This call's per-variant values, uploaded once per name and rank, not once per variable.
      const uploaded = new Map<string, tf.Tensor>();
      const vector = (rank: number) => (name: string) => this.vector(name, rank, steps, uploaded);
      let grads: readonly tf.Tensor[] = gradients;
      if (this.accumulators) {
        const accumulators = this.accumulators;
        const summed = grads.map((gradient, index) => tf.add(gradient, accumulators[index] as tf.Tensor));
        accumulators.forEach((accumulator, index) => {
          const next = this.select(updating, tf.zerosLike(accumulator), this.select(accumulating, summed[index] as tf.Tensor, accumulator));
          if (next !== accumulator) accumulator.assign(next);
        });
        grads = summed.map((sum) => tf.div(sum, vector(sum.rank)('accumulationSteps')));
      }
      if (updating.some(Boolean)) this.update(this.clip(grads), updating, vector);
      if (this.averages) this.moveAverages(this.averages);
    });
    this.active.forEach((on, variant) => {
      if (on) this.rawIterations[variant] = (this.rawIterations[variant] ?? 0) + 1;
    });
  }

  /** Keras's `finalize_variable_values`: with `use_ema`, the weights take their moving averages (fit does this at its end). */
  finalizeVariableValues(): void {
    if (!this.averages) return;
    this.variables.forEach((variable, index) => variable.assign(this.averages?.[index] as tf.Variable));
  }

  dispose(): void {
    tf.dispose([...this.slotVariables.flat(), ...(this.accumulators ?? []), ...(this.averages ?? []), ...this.constants.values()]);
    this.constants.clear();
  }

  private update(gradients: readonly tf.Tensor[], updating: readonly boolean[], vector: (rank: number) => (name: string) => tf.Tensor): void {
    this.variables.forEach((variable, index) => {
      const read = vector(variable.rank);
      const decayed = this.shape.weightDecay === null ? variable : tf.sub(variable, tf.mul(tf.mul(variable, read('weightDecay')), read('learningRate')));
      const slots = this.slotVariables[index] as tf.Variable[];
      const next = this.rule.update(gradients[index] as tf.Tensor, decayed, slots, read, this.shape);
      variable.assign(this.select(updating, next.variable, variable));
      slots.forEach((slot, position) => slot.assign(this.select(updating, next.slots[position] as tf.Tensor, slot)));
    });
  }

  /** `_clip_gradients`: `clipnorm` per tensor, else `global_clipnorm` over all, else `clipvalue`; 0 is off. */
  private clip(gradients: readonly tf.Tensor[]): readonly tf.Tensor[] {
    const on = (value: number | null): boolean => value !== null && value > 0;
    if (on(this.shape.clipnorm)) return gradients.map((gradient) => this.clipByNorm(gradient));
    if (on(this.shape.globalClipnorm)) return this.clipByGlobalNorm(gradients);
    if (on(this.shape.clipvalue)) {
      return gradients.map((gradient) => {
        const read = (name: string) => this.vector(name, gradient.rank, []);
        return tf.minimum(tf.maximum(gradient, read('negativeClipvalue')), read('clipvalue'));
      });
    }
    return gradients;
  }

  /** Sums over every axis but the variant axis, keeping dimensions. */
  private sumPerVariant(tensor: tf.Tensor, keepDims: boolean): tf.Tensor {
    if (!this.variantAxis) return tf.sum(tensor, undefined, keepDims);
    if (tensor.rank === 1) return tensor;
    return tf.sum(tensor, Array.from({ length: tensor.rank - 1 }, (_value, axis) => axis + 1), keepDims);
  }

  private clipByNorm(gradient: tf.Tensor): tf.Tensor {
    const clipnorm = this.vector('clipnorm', gradient.rank, []);
    const l2sum = this.sumPerVariant(tf.square(gradient), true);
    const positive = tf.greater(l2sum, 0);
    // Keras's two-tap where: a zero gradient keeps a zero norm, and the sqrt never sees 0.
    const l2norm = tf.where(positive, tf.sqrt(tf.where(positive, l2sum, tf.onesLike(l2sum))), l2sum);
    return tf.div(tf.mul(gradient, clipnorm), tf.maximum(l2norm, clipnorm));
  }

  private clipByGlobalNorm(gradients: readonly tf.Tensor[]): tf.Tensor[] {
    const squared = gradients.map((gradient) => this.sumPerVariant(tf.square(gradient), false));
    const norm = tf.sqrt(tf.sum(tf.stack(squared), 0));
    const perVariant = this.variantAxis ? [this.variantCount] : [];
    const clip = tf.reshape(this.vector('globalClipnorm', 1, []), perVariant);
    const inverseClip = tf.reshape(this.vector('inverseGlobalClipnorm', 1, []), perVariant);
    // A non-finite norm makes the scale NaN (norm - norm), as in Keras.
    const scale = tf.add(tf.mul(clip, tf.minimum(tf.div(1, norm), inverseClip)), tf.sub(norm, norm));
    return gradients.map((gradient) => tf.mul(gradient, this.variantAxis ? tf.reshape(scale, this.vectorShape(gradient.rank)) : scale));
  }

  /** `_update_model_variables_moving_average`, then the overwrite every `ema_overwrite_frequency` updates. */
  private moveAverages(averages: readonly tf.Variable[]): void {
    const momentum = this.params.map((params, variant) => (this.iterations(variant) !== 0 ? f32(params.emaMomentum) : 0));
    const frequency = this.shape.emaOverwriteFrequency;
    const overwrite = this.active.map((on, variant) => on && Boolean(frequency) && (this.iterations(variant) + 1) % (frequency as number) === 0);
    const byRank = new Map<number, [tf.Tensor, tf.Tensor]>();
    const factors = (rank: number): [tf.Tensor, tf.Tensor] => {
      let pair = byRank.get(rank);
      if (!pair) {
        pair = [this.vectorOf(momentum, rank), this.vectorOf(momentum.map((value) => f32(1 - value)), rank)];
        byRank.set(rank, pair);
      }
      return pair;
    };
    averages.forEach((average, index) => {
      const variable = this.variables[index] as tf.Variable;
      const [m, oneMinus] = factors(variable.rank);
      const moved = this.select(this.active, tf.add(tf.mul(m, average), tf.mul(oneMinus, variable)), average);
      average.assign(moved);
      if (overwrite.some(Boolean)) variable.assign(this.select(overwrite, moved, variable));
    });
  }

  private vectorShape(rank: number): number[] {
    return this.variantAxis ? [this.variantCount, ...Array.from({ length: Math.max(rank - 1, 0) }, () => 1)] : [];
  }

  /** Per-variant values as a tensor that broadcasts against a variable of `rank` (a scalar without the variant axis). */
  private vectorOf(values: readonly number[], rank: number): tf.Tensor {
    return tf.tensor(values, this.vectorShape(rank), 'float32');
  }

  /** A named per-variant value: this step's when the rule computed it, else a kept constant. */
  private vector(name: string, rank: number, steps: readonly (StepValues | null)[], uploaded?: Map<string, tf.Tensor>): tf.Tensor {
    const key = `${name}@${this.variantAxis ? rank : 0}`;
    if (steps.some((step) => step !== null && name in step)) {
      let stepVector = uploaded?.get(key);
      if (!stepVector) {
        stepVector = this.vectorOf(steps.map((step) => step?.[name] ?? 1), rank);
        uploaded?.set(key, stepVector);
      }
      return stepVector;
    }
    let kept = this.constants.get(key);
    if (!kept) {
      const values = this.constantValues[name];
      if (!values) throw new Error(`no value named ${name}`);
      kept = tf.keep(this.vectorOf(values, rank));
      this.constants.set(key, kept);
    }
    return kept;
  }

  /** `chosen` where the variant's flag is set, else `otherwise`; no op when every flag agrees. */
  private select(flags: readonly boolean[], chosen: tf.Tensor, otherwise: tf.Tensor): tf.Tensor {
    if (flags.every(Boolean)) return chosen;
    if (!flags.some(Boolean)) return otherwise;
    const mask = tf.tensor(flags.map((flag) => (flag ? 1 : 0)), this.vectorShape(chosen.rank), 'bool');
    return tf.where(mask, chosen, otherwise);
  }
}
