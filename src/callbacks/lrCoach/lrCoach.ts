/**
 * LR Coach: Plateau's own callback, not a Keras one (DESIGN.md §8). Every N
 * batches, or at each epoch's end, it multiplies the learning rate by one of
 * its factors (×0.5 … ×2), clamped to a band, choosing by Thompson sampling
 * from one Bayesian linear regression per factor that predicts the relative
 * change of the smoothed monitored loss `horizon` decisions later from the
 * context (coachFeatures.ts). When that horizon has passed, the change it
 * observed teaches the regression of the factor it took.
 *
 * With `remember`, it starts from `memory` (what earlier runs of the same
 * task kind taught it, handed over by the page) instead of the prior. It
 * never stores anything itself: its state goes out through `getState`.
 *
 * Per batch, Keras's logs hold the epoch's running mean; the coach recovers
 * each batch's own loss from two successive means. Mid-epoch there is no
 * val_loss, so every-N-batches decisions are judged on the training loss.
 */
import { Callback } from '../callback';
import { invalidParam } from '../errors';
import { pyFloatRepr } from '../format/pythonRepr';
import type { CallbackState, Logs } from '../types';
import { FEATURE_NAMES, contextFeatures } from './coachFeatures';
import { modelsFromMemory, type CoachMemory } from './coachMemory';
import { choose, learn, priorModels } from './coachPolicy';
import { flattenCoach, unflattenCoach, type LastDecision } from './coachState';
import type { RegressionState } from './bayesianLinearRegression';
import { seededRandom, type Random } from './seededRandom';

export const DEFAULT_FACTORS = [0.5, 0.8, 1, 1.25, 2] as const;

export interface LRCoachOptions {
  /** "epoch", or a number of batches between decisions. */
  every?: 'epoch' | number;
  actions?: number[];
  /** The band the rate stays in; null: a decade either side of the starting rate. */
  minLr?: number | null;
  maxLr?: number | null;
  /** Decisions between an action and the change it is judged on. */
  horizon?: number;
  remember?: boolean;
  monitor?: string;
  seed?: number;
  verbose?: number;
  /** What earlier runs taught it, from the page (or a file); used when `remember`. */
  memory?: CoachMemory | null;
}

interface Pending {
  decision: number;
  index: number;
  x: number[];
  smoothed: number;
}

/** Debiased EMA: the epoch-level series is short, so its first values must not lean towards 0. */
class Smoother {
  private average = 0;
  private count = 0;
  constructor(private readonly weight: number) {}
  push(value: number): number {
    this.average = this.weight * this.average + (1 - this.weight) * value;
    this.count += 1;
    return this.average / (1 - this.weight ** this.count);
  }
}

function signed(value: number): string {
  const text = Number(Math.abs(value).toPrecision(2)).toString();
  return value < 0 ? `−${text}` : `+${text}`;
}

export class LRCoach extends Callback {
  readonly every: 'epoch' | number;
  readonly factors: readonly number[];
  readonly minLr: number | null;
  readonly maxLr: number | null;
  readonly horizon: number;
  readonly remember: boolean;
  readonly monitor: string;
  readonly seed: number;
  readonly verbose: number;
  readonly memory: CoachMemory | null;

  models: RegressionState[] = [];
  fromMemory = false;
  decisions = 0;
  last: LastDecision | null = null;
  /** What this run taught it, in order: the factor's index, the context, the relative change seen. */
  readonly observations: { index: number; x: number[]; y: number }[] = [];
  private band: [number, number] = [0, Number.POSITIVE_INFINITY];
  private pending: Pending[] = [];
  private random: Random = seededRandom(0);
  private monitorSmoother = new Smoother(0.5);
  private lossSmoother = new Smoother(0.5);
  private previousSmoothedLoss: number | null = null;
  private epoch = 0;
  private batchesSeen = 0;
  private previousMean = 0;
  private warnedMonitor = false;

  constructor(options: LRCoachOptions = {}) {
    super('LRCoach');
    const every = options.every ?? 'epoch';
    if (every !== 'epoch' && !(Number.isInteger(every) && every >= 1)) throw invalidParam('every', `LRCoach acts "epoch" or every N batches (N >= 1). Received every=${String(every)}`);
    const factors = options.actions ?? [...DEFAULT_FACTORS];
    if (!factors.includes(1)) throw invalidParam('actions', 'LRCoach needs ×1 among its actions: keeping the rate must always be possible.');
    if (factors.some((factor) => !(factor > 0) || !Number.isFinite(factor))) throw invalidParam('actions', 'LRCoach actions are factors on the rate and must be above 0.');
    if (new Set(factors).size !== factors.length) throw invalidParam('actions', 'LRCoach actions must not repeat a factor.');
    const horizon = options.horizon ?? 3;
    if (!Number.isInteger(horizon) || horizon < 1) throw invalidParam('horizon', `LRCoach judges an action at least one decision later: horizon must be 1 or more. Received horizon=${horizon}`);
    const minLr = options.minLr ?? null;
    const maxLr = options.maxLr ?? null;
    if (minLr !== null && !(minLr > 0)) throw invalidParam('minLr', 'The band\'s lower limit must be above 0.');
    if (minLr !== null && maxLr !== null && !(minLr < maxLr)) throw invalidParam('maxLr', `The band's limits cross: maxLr (${maxLr}) must be above minLr (${minLr}).`);
    this.every = every;
    this.factors = factors;
    this.minLr = minLr;
    this.maxLr = maxLr;
    this.horizon = horizon;
    this.remember = options.remember ?? true;
    this.monitor = options.monitor ?? 'val_loss';
    this.seed = options.seed ?? 0;
    this.verbose = options.verbose ?? 0;
    this.memory = options.memory ?? null;
  }

  /** The band the rate is clamped to in this run. */
  get rateBand(): readonly [number, number] {
    return this.band;
  }

  override getState(): CallbackState {
    return flattenCoach({ models: this.models, decisions: this.decisions, fromMemory: this.fromMemory, last: this.last });
  }

  override setState(state: CallbackState): void {
    const snapshot = unflattenCoach(state, FEATURE_NAMES.length);
    if (!snapshot || snapshot.models.length !== this.factors.length) return;
    this.models = snapshot.models;
    this.decisions = snapshot.decisions;
    this.fromMemory = snapshot.fromMemory;
    this.last = snapshot.last;
  }

  override onTrainBegin(): void {
    const start = this.host.port.getLearningRate();
    this.band = [this.minLr ?? start / 10, this.maxLr ?? start * 10];
    const remembered = this.remember ? modelsFromMemory(this.memory, this.factors) : null;
    this.models = remembered ?? priorModels(this.factors);
    this.fromMemory = remembered !== null;
    this.random = seededRandom(this.seed);
    this.pending = [];
    this.observations.length = 0;
    this.decisions = 0;
    this.last = null;
    this.monitorSmoother = new Smoother(this.every === 'epoch' ? 0.5 : 0.9);
    this.lossSmoother = new Smoother(this.every === 'epoch' ? 0.5 : 0.9);
    this.previousSmoothedLoss = null;
    this.batchesSeen = 0;
    const how = this.fromMemory ? `from memory (${this.memory?.runs ?? 0} earlier run${this.memory?.runs === 1 ? '' : 's'})` : 'cold (nothing remembered)';
    if (this.verbose > 0) this.print(`LRCoach starts ${how}; band ${pyFloatRepr(this.band[0])}–${pyFloatRepr(this.band[1])}.`);
  }

  override onEpochBegin(epoch: number): void {
    this.epoch = epoch;
    this.previousMean = 0;
  }

  override onTrainBatchEnd(batch: number, logs: Logs): void {
    if (this.every === 'epoch') return;
    const mean = logs['loss'];
    if (mean === undefined) return;
    // Keras's running mean over the epoch so far: batch k's own loss is (k+1)·mean_k − k·mean_(k−1).
    const batchLoss = (batch + 1) * mean - batch * this.previousMean;
    this.previousMean = mean;
    this.batchesSeen += 1;
    if (this.batchesSeen % this.every !== 0) return;
    const total = (this.params.epochs ?? 1) * (this.params.steps ?? 1);
    this.decide(batch, batchLoss, batchLoss, null, this.batchesSeen / total);
  }

  override onEpochEnd(epoch: number, logs: Logs): void {
    if (this.every !== 'epoch') return;
    const loss = logs['loss'];
    if (loss === undefined) return;
    let watched = logs[this.monitor];
    if (watched === undefined) {
      if (!this.warnedMonitor) this.warn(`LRCoach is conditioned on metric \`${this.monitor}\` which is not available; it watches \`loss\` instead.`);
      this.warnedMonitor = true;
      watched = loss;
    }
    this.decide(null, loss, watched, logs['val_loss'] ?? null, (epoch + 1) / (this.params.epochs ?? epoch + 1));
  }

  private decide(batch: number | null, loss: number, watched: number, valLoss: number | null, budgetUsed: number): void {
    if (!Number.isFinite(loss) || !Number.isFinite(watched)) return;
    const smoothed = this.monitorSmoother.push(watched);
    const smoothedLoss = this.lossSmoother.push(loss);
    const port = this.host.port;
    const rate = port.getLearningRate();
    const x = contextFeatures({ learningRate: rate, band: this.band, smoothedLoss, previousSmoothedLoss: this.previousSmoothedLoss, loss, valLoss, budgetUsed });
    this.previousSmoothedLoss = smoothedLoss;
    const decision = this.decisions;
    for (const judged of this.pending.filter((entry) => entry.decision + this.horizon === decision)) {
      const y = (smoothed - judged.smoothed) / Math.abs(judged.smoothed || 1);
      this.models = learn(this.models, judged.index, judged.x, y);
      this.observations.push({ index: judged.index, x: judged.x, y });
    }
    this.pending = this.pending.filter((entry) => entry.decision + this.horizon > decision);
    const choice = choose(this.models, x, this.random);
    const scale = Math.abs(smoothed);
    this.last = {
      chosen: choice.index,
      epoch: this.epoch,
      means: choice.predictions.map((prediction) => prediction.mean * scale),
      sds: choice.predictions.map((prediction) => prediction.sd * scale),
    };
    this.pending.push({ decision, index: choice.index, x, smoothed });
    this.decisions += 1;
    const factor = this.factors[choice.index] as number;
    const wanted = Math.min(this.band[1], Math.max(this.band[0], rate * factor));
    if (Math.fround(wanted) === rate) return;
    port.setLearningRate(wanted);
    const verb = wanted > rate ? 'raising' : 'lowering';
    const where = batch === null ? `Epoch ${this.epoch + 1}` : `Epoch ${this.epoch + 1}, batch ${batch + 1}`;
    const predicted = `predicted Δ${this.monitor} ${signed(this.last.means[choice.index] as number)} ± ${Number((this.last.sds[choice.index] as number).toPrecision(2))}`;
    const message = `${where}: LRCoach ${verb} learning rate to ${pyFloatRepr(wanted)} (${predicted}).`;
    if (this.verbose > 0) this.print(`\n${message}`);
    this.emit('lr_set', message, { value: port.getLearningRate() });
  }
}
