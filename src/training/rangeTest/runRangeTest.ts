/**
 * The learning-rate range test on the tfjs trainer (DESIGN.md §8): a model
 * built afresh from the run's config and seed, so it starts from exactly the
 * weights the run will start from and leaves the run's own model untouched;
 * the rate raised exponentially each batch; each batch's own loss read (not
 * Keras's running mean), smoothed with a debiased EMA, and the test stopped
 * once the smoothed loss passes 4× its best or turns NaN. Batches come in a
 * seeded order of the training rows, so the same config draws the same curve.
 */
import * as tf from '@tensorflow/tfjs';
import type { RunConfig } from '../../config/runConfig';
import { DebiasedEma, RANGE_TEST_DIVERGENCE, rangeTestRate, type RangeTestSettings } from '../../callbacks/rangeTest/rangeTestSettings';
import type { RangeTestCurve, RangeTestEnd, RangeTestPoint } from '../../callbacks/rangeTest/rangeTestCurve';
import type { TrainingClock } from '../clock';
import { classWeightsToSampleWeights } from '../classWeights';
import { mulberry32, permutation, subSeed } from '../datasets/prng';
import type { CompiledModel } from '../model';
import { prepareRun } from '../prepareRun';
import { SEED_PURPOSE } from '../seeds';
import { trainStep, weightedTrainStep } from '../trainStep';

export interface RangeTestRun {
  config: RunConfig;
  settings: RangeTestSettings;
  clock: TrainingClock;
  /** Checked between batches: true ends the test early (a Train was pressed). */
  cancelled?: () => boolean;
  yieldIntervalMs?: number;
}

/** Rows of the training set in the order step `step` reads them: reshuffled every pass, as epochs are. */
function batchOrder(rows: number, batchSize: number, steps: number, seed: number): Int32Array[] {
  const random = mulberry32(subSeed(seed, SEED_PURPOSE.rangeTest));
  const perPass = Math.ceil(rows / batchSize);
  const batches: Int32Array[] = [];
  let order = permutation(rows, random);
  for (let step = 0; step < steps; step++) {
    const within = step % perPass;
    if (within === 0 && step > 0) order = permutation(rows, random);
    batches.push(order.subarray(within * batchSize, Math.min(rows, (within + 1) * batchSize)));
  }
  return batches;
}

/** Losses are read in groups of this many steps: one read per step would cost more than the steps themselves. */
const READ_EVERY = 10;

/** One optimizer step on the rows `rows`; returns that batch's own loss, on the device. */
function batchLoss(compiled: CompiledModel, rows: Int32Array, step: number, x: tf.Tensor2D, y: tf.Tensor2D, w: tf.Tensor1D | null): tf.Scalar {
  const indices = tf.tensor1d(rows, 'int32');
  const picked = tf.tidy(() => [tf.gather(x, indices), tf.gather(y, indices), ...(w ? [tf.gather(w, indices)] : [])]);
  const [xs, ys, ws] = picked as [tf.Tensor2D, tf.Tensor2D, tf.Tensor1D?];
  const zeros = tf.zeros<tf.Rank.R1>([2]);
  const slice = { x: xs, y: ys, start: 0, size: rows.length };
  const sums = ws ? weightedTrainStep(compiled, slice, ws, step, zeros) : trainStep(compiled, slice, step, zeros);
  const loss = tf.tidy(() => tf.div<tf.Scalar>(tf.reshape(tf.slice(sums, [0], [1]), []), rows.length));
  tf.dispose([indices, zeros, sums, ...picked]);
  return loss;
}

export async function runRangeTest(run: RangeTestRun): Promise<RangeTestCurve> {
  const { config, settings, clock } = run;
  const { data, compiled } = prepareRun(config);
  const { batchSize } = config.fit;
  const xTrain = tf.tensor2d(data.train.x, [data.train.rows, data.features]);
  const yTrain = tf.tensor2d(data.train.y, [data.train.rows, data.outputs]);
  const sampleWeights = config.fit.classWeight ? classWeightsToSampleWeights(data.train.y, data.train.rows, data.outputs, config.fit.classWeight) : null;
  const wTrain = sampleWeights ? tf.tensor1d(sampleWeights) : null;
  const ema = new DebiasedEma();
  const points: RangeTestPoint[] = [];
  let end: RangeTestEnd = 'completed';
  let best = Number.POSITIVE_INFINITY;
  let lastYield = clock.now();
  try {
    const batches = batchOrder(data.train.rows, batchSize, settings.steps, config.fit.seed);
    for (let first = 0; first < settings.steps && end === 'completed'; first += READ_EVERY) {
      if (clock.now() - lastYield >= (run.yieldIntervalMs ?? 20)) {
        await clock.yieldToEventLoop();
        lastYield = clock.now();
      }
      if (run.cancelled?.()) break;
      const last = Math.min(settings.steps, first + READ_EVERY);
      const losses: tf.Scalar[] = [];
      for (let step = first; step < last; step++) {
        compiled.optimizer.setLearningRate(rangeTestRate(settings, step));
        losses.push(batchLoss(compiled, batches[step] as Int32Array, step, xTrain, yTrain, wTrain));
      }
      const packed = tf.stack(losses);
      tf.dispose(losses);
      const values = await packed.data();
      packed.dispose();
      // Steps past a stop were taken on the copy and are dropped: they change nothing the page sees.
      for (let step = first; step < last; step++) {
        const rate = rangeTestRate(settings, step);
        const loss = values[step - first] as number;
        if (!Number.isFinite(loss)) {
          points.push({ rate, loss, smoothed: Number.NaN });
          end = 'not_finite';
          break;
        }
        const smoothed = ema.push(loss);
        points.push({ rate, loss, smoothed });
        best = Math.min(best, smoothed);
        if (smoothed > RANGE_TEST_DIVERGENCE * best) {
          end = 'diverged';
          break;
        }
      }
    }
  } finally {
    tf.dispose([xTrain, yTrain, ...(wTrain ? [wTrain] : [])]);
    compiled.dispose();
  }
  return { points, end, configuredRate: config.optimizer.learningRate };
}
