/**
 * The comparisons learners build most, in one click: a learning-rate sweep
 * (7 to 16 constant rates on a log grid, 1e-4 … 1e-1), every kind of schedule
 * against the same run, and as many seeds per variant as fit in 16 runs.
 * The sweep and the schedules leave out the base's own rate-setting
 * callbacks (a scheduler or ReduceLROnPlateau), so each variant's rate is
 * the one its name says.
 */
import { COMPARE_CONFIG_VERSION, MAX_SEEDS, MAX_VARIANTS, VARIANT_COLOURS, type CompareConfig, type CompareVariant } from '../../config/compareConfig';
import { RATE_SETTERS, type RunConfig } from '../../config/runConfig';
import type { ScheduleSpecOutput } from '../../config/scheduleSchemas';
import { cosineWithWarmup, defaultSchedule } from '../preview/scheduleDefaults';
import { stepsPerEpoch } from '../preview/runShape';

/** `count` rates from 10^-4 to 10^-1, evenly spaced on a log axis, at two significant digits (7: half-decade steps). */
export function sweepRates(count: number): number[] {
  return Array.from({ length: count }, (_, k) => Number((10 ** (-4 + (3 * k) / Math.max(1, count - 1))).toPrecision(2)));
}

export const DEFAULT_SWEEP_SIZE = 7;

function constantRate(base: RunConfig, learningRate: number): RunConfig {
  return { ...structuredClone(base), optimizer: { ...base.optimizer, learningRate, schedule: null }, callbacks: base.callbacks.filter((spec) => !RATE_SETTERS.has(spec.type)) };
}

function setupOf(base: RunConfig, variants: { name: string; config: RunConfig }[]): CompareConfig {
  return {
    v: COMPARE_CONFIG_VERSION,
    base,
    variants: variants.map((variant, index): CompareVariant => ({ ...variant, colour: VARIANT_COLOURS[index % VARIANT_COLOURS.length] as string })),
  };
}

export function learningRateSweep(base: RunConfig, count = DEFAULT_SWEEP_SIZE): CompareConfig {
  return setupOf(base, sweepRates(count).map((rate) => ({ name: `lr ${rate}`, config: constantRate(base, rate) })));
}

export function everySchedule(base: RunConfig): CompareConfig {
  const rate = base.optimizer.learningRate;
  const total = base.fit.epochs * stepsPerEpoch(base);
  const scheduled = (name: string, schedule: ScheduleSpecOutput) => {
    const config = constantRate(base, rate);
    return { name, config: { ...config, optimizer: { ...config.optimizer, schedule } } };
  };
  const plateau = constantRate(base, rate);
  plateau.callbacks = [...plateau.callbacks, { type: 'ReduceLROnPlateau', params: { monitor: base.fit.validationSplit > 0 ? 'val_loss' : 'loss', factor: 0.5, patience: 3 } }];
  return setupOf(base, [
    { name: 'Constant', config: constantRate(base, rate) },
    scheduled('Step decay', defaultSchedule('PiecewiseConstantDecay', total, rate)),
    scheduled('Exponential decay', defaultSchedule('ExponentialDecay', total, rate)),
    scheduled('Cosine with warm-up', cosineWithWarmup(total, rate)),
    scheduled('One-cycle', defaultSchedule('OneCycleLR', total, rate)),
    { name: 'ReduceLROnPlateau', config: plateau },
  ]);
}

/** Seeds per variant when every variant trains `wanted` seeds, as far as 16 runs allow; below 2 there is no room. */
export function seedsThatFit(variants: number, wanted = MAX_SEEDS): number {
  return Math.min(wanted, Math.floor(MAX_VARIANTS / Math.max(1, variants)));
}

export function withSeeds(setup: CompareConfig, seeds: number): CompareConfig {
  return { ...setup, variants: setup.variants.map((variant) => ({ ...variant, seeds })) };
}
