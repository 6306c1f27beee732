/**
 * The comparison table's row for one variant: the best value of the metric
 * its stack monitors (the first callback with a `monitor`, else val_loss
 * when there is validation, else loss), the epoch of the best, the final
 * learning rate, epochs run, wall time, and which callbacks acted.
 */
import type { CallbackEvent, CallbackEventKind } from '../../callbacks';
import type { RunConfig } from '../../config/runConfig';
import type { EpochRow } from '../../training/protocol';
import { MARKER_KINDS } from '../charts/chartModel';
import { spreadOf, type SeedSpread } from './seedGroups';
import type { VariantRun } from './variantRun';

export interface TableRow {
  monitor: string;
  best: number | null;
  /** 1-based, as Keras's messages count. */
  bestEpoch: number | null;
  finalLr: number | null;
  epochsRun: number;
  wallSeconds: number | null;
  acted: string[];
  /** The last value of each series a custom callback logged with `this.log(name, value)`. */
  custom: [string, number][];
}

const MONITORING: ReadonlySet<string> = new Set(['ReduceLROnPlateau', 'EarlyStopping', 'ModelCheckpoint']);
/** What counts as a callback acting: what the charts mark, less the user's own markers. */
const ACTIONS: ReadonlySet<CallbackEventKind> = new Set([...MARKER_KINDS].filter((kind) => kind !== 'custom_marker'));

export function monitoredMetric(config: Pick<RunConfig, 'callbacks'>, history: readonly EpochRow[]): string {
  for (const spec of config.callbacks) {
    if (spec.enabled === false || !MONITORING.has(spec.type)) continue;
    const params = (spec.params ?? {}) as { monitor?: unknown };
    return typeof params.monitor === 'string' ? params.monitor : 'val_loss';
  }
  return history.some((row) => 'val_loss' in row.logs) ? 'val_loss' : 'loss';
}

/** Keras's `auto` direction: accuracy-like metrics go up, losses and errors down. */
export function higherIsBetter(metric: string): boolean {
  const name = metric.replace(/^val_/, '');
  return name.includes('acc') || name === 'auc' || name.includes('precision') || name.includes('recall');
}

function bestOf(history: readonly EpochRow[], metric: string): { best: number | null; bestEpoch: number | null } {
  const up = higherIsBetter(metric);
  let best: number | null = null;
  let bestEpoch: number | null = null;
  for (const row of history) {
    const value = row.logs[metric];
    if (value === undefined || !Number.isFinite(value)) continue;
    if (best === null || (up ? value > best : value < best)) {
      best = value;
      bestEpoch = row.epoch + 1;
    }
  }
  return { best, bestEpoch };
}

/** Callbacks that acted, with how often: "ReduceLROnPlateau ×3". A scheduler that sets the same rate again did not act. */
export function callbacksThatActed(events: readonly CallbackEvent[]): string[] {
  const counts = new Map<string, number>();
  let lastScheduled: number | undefined;
  for (const event of events) {
    if (!ACTIONS.has(event.kind)) continue;
    if (event.kind === 'lr_scheduled') {
      const unchanged = event.value === lastScheduled || (lastScheduled === undefined && event.epoch === 0);
      lastScheduled = event.value;
      if (unchanged) continue;
    }
    counts.set(event.callback, (counts.get(event.callback) ?? 0) + 1);
  }
  return [...counts].map(([callback, count]) => (count > 1 ? `${callback} ×${count}` : callback));
}

export function lastCustomValues(events: readonly CallbackEvent[]): [string, number][] {
  const values = new Map<string, number>();
  for (const event of events) {
    if (event.kind === 'custom_value' && event.name !== undefined && event.value !== undefined) values.set(event.name, event.value);
  }
  return [...values];
}

export function tableRow(config: Pick<RunConfig, 'callbacks'>, run: VariantRun): TableRow {
  const monitor = monitoredMetric(config, run.history);
  const last = run.history.at(-1);
  const wall = run.startedAt !== null && run.endedAt !== null ? (run.endedAt - run.startedAt) / 1000 : null;
  return {
    monitor,
    ...bestOf(run.history, monitor),
    finalLr: last ? last.lrAfter : null,
    epochsRun: run.summary?.epochsRun ?? run.history.length,
    wallSeconds: wall,
    acted: callbacksThatActed(run.events),
    custom: lastCustomValues(run.events),
  };
}

/** A variant's row over its seeds: each number as mean and spread (one seed: its value, spread 0). */
export interface SeedsRow {
  monitor: string;
  best: SeedSpread | null;
  /** Lowest and highest epoch of best over the seeds, 1-based. */
  bestEpochs: [number, number] | null;
  finalLr: SeedSpread | null;
  epochsRun: [number, number] | null;
  /** The slowest seed's: they train together. */
  wallSeconds: number | null;
  /** "ReduceLROnPlateau ×3", or "EarlyStopping in 5 of 8 seeds". */
  acted: string[];
  custom: [string, number][];
}

const range = (values: readonly (number | null)[]): [number, number] | null => {
  const known = values.filter((value) => value !== null);
  return known.length === 0 ? null : [Math.min(...known), Math.max(...known)];
};

export function seedsRow(config: Pick<RunConfig, 'callbacks'>, runs: readonly VariantRun[]): SeedsRow | null {
  const rows = runs.map((run) => tableRow(config, run));
  const [first] = rows;
  if (!first) return null;
  const walls = rows.map((row) => row.wallSeconds).filter((wall) => wall !== null);
  let acted = first.acted;
  if (rows.length > 1) {
    const callbacks = new Map<string, number>();
    for (const row of rows) for (const callback of new Set(row.acted.map((entry) => entry.replace(/ ×\d+$/, '')))) callbacks.set(callback, (callbacks.get(callback) ?? 0) + 1);
    acted = [...callbacks].map(([callback, seeds]) => `${callback} in ${seeds} of ${rows.length} seeds`);
  }
  return {
    monitor: first.monitor,
    best: spreadOf(rows.map((row) => row.best)),
    bestEpochs: range(rows.map((row) => row.bestEpoch)),
    finalLr: spreadOf(rows.map((row) => row.finalLr)),
    epochsRun: range(rows.map((row) => row.epochsRun)),
    wallSeconds: walls.length < rows.length ? null : Math.max(...walls),
    acted,
    custom: first.custom,
  };
}
