/**
 * Turns a run's history and events into what the charts draw: rows by
 * 1-based epoch (as Keras's messages count), one chart for the losses, one
 * per metric with its val_ twin, the learning rate in effect during each
 * epoch with the callback that set it, custom values, and the markers
 * where a callback acted.
 */
import type { CallbackEvent, CallbackEventKind } from '../../callbacks';
import type { EpochRow } from '../../training/protocol';
import type { ChartRow } from './downsample';

export interface SeriesSpec {
  key: string;
  label: string;
  /** val_ series are drawn dashed, with their training twin's colour. */
  validation: boolean;
  /** A past run's series (overlayRuns.ts): its own colour, drawn faded under the current run. */
  colour?: string;
  faded?: boolean;
}

export interface ChartSpec {
  id: string;
  title: string;
  series: SeriesSpec[];
  rows: ChartRow[];
  scale: 'linear' | 'log';
  /** The learning rate is a step function: drawn as steps, never smoothed. */
  stepped: boolean;
  /** The most the value axis shows, for a metric that cannot exceed it (accuracy ends at 1). */
  ceiling?: number;
}

/** Positive values that span this many times from the smallest to the largest get a log axis. */
const LOG_SPAN = 1e4;

/**
 * A log axis when the values are all positive and span many decades (a loss
 * that blows up to 1e35 before TerminateOnNaN stops it): on a linear axis
 * every healthy epoch would lie flat on 0.
 */
export function autoScale(rows: readonly ChartRow[], keys: readonly string[]): 'linear' | 'log' {
  let min = Infinity;
  let max = -Infinity;
  for (const row of rows) {
    for (const key of keys) {
      const value = row[key];
      if (value === null || value === undefined || !Number.isFinite(value)) continue;
      if (value <= 0) return 'linear';
      min = Math.min(min, value);
      max = Math.max(max, value);
    }
  }
  return min <= max && max / min >= LOG_SPAN ? 'log' : 'linear';
}

/** Accuracy-like metrics are fractions: their axis ends at 1. */
const FRACTION_METRIC = /(^|_)(acc|accuracy|precision|recall|auc)$/;

export interface Marker {
  /** 1-based epoch. */
  epoch: number;
  kind: CallbackEventKind;
  callback: string;
  message: string;
  /** For a checkpoint: the monitored metric and its value, so it can sit on that curve. */
  monitor?: string;
  value?: number;
}

export const MARKER_KINDS: ReadonlySet<CallbackEventKind> = new Set([
  'lr_reduced',
  'lr_scheduled',
  'lr_set',
  'early_stopping',
  'stop_requested',
  'weights_restored',
  'checkpoint_saved',
  'terminated_on_nan',
  'custom_marker',
]);

const LR_KINDS: ReadonlySet<CallbackEventKind> = new Set(['lr_reduced', 'lr_scheduled', 'lr_set']);

const toValue = (value: number | undefined): number | null => (value === undefined ? null : value);

function seriesPair(name: string, hasValidation: boolean): SeriesSpec[] {
  const series: SeriesSpec[] = [{ key: name, label: name, validation: false }];
  if (hasValidation) series.push({ key: `val_${name}`, label: `val_${name}`, validation: true });
  return series;
}

/** The metrics logged besides the loss and the learning rate: accuracy, mae… */
export function metricNames(history: readonly Pick<EpochRow, 'logs'>[]): string[] {
  const names = new Set<string>();
  for (const row of history) {
    for (const key of Object.keys(row.logs)) {
      if (key !== 'loss' && key !== 'learning_rate' && !key.startsWith('val_')) names.add(key);
    }
  }
  return [...names];
}

export function buildLogCharts(history: readonly Pick<EpochRow, 'epoch' | 'logs'>[]): ChartSpec[] {
  const hasKey = (key: string) => history.some((row) => key in row.logs);
  const names = ['loss', ...metricNames(history)];
  return names.map((name) => {
    const series = seriesPair(name, hasKey(`val_${name}`));
    const rows = history.map((row) => {
      const chartRow: ChartRow = { epoch: row.epoch + 1 };
      for (const { key } of series) chartRow[key] = toValue(row.logs[key]);
      return chartRow;
    });
    const keys = series.map((entry) => entry.key);
    const spec: ChartSpec = { id: name, title: name === 'loss' ? 'Loss' : name, series, rows, scale: autoScale(rows, keys), stepped: false };
    return FRACTION_METRIC.test(name) ? { ...spec, ceiling: 1 } : spec;
  });
}

export function buildLearningRateChart(history: readonly Pick<EpochRow, 'epoch' | 'lrDuring'>[]): ChartSpec {
  return {
    id: 'learning_rate',
    title: 'Learning rate',
    series: [{ key: 'lr', label: 'learning rate', validation: false }],
    rows: history.map((row) => ({ epoch: row.epoch + 1, lr: row.lrDuring > 0 ? row.lrDuring : null })),
    scale: 'log',
    stepped: true,
  };
}

/** Values a custom callback charted with `this.log(name, value)`, by epoch. */
export function buildCustomChart(events: readonly CallbackEvent[]): ChartSpec | null {
  const byEpoch = new Map<number, ChartRow>();
  const names = new Set<string>();
  for (const event of events) {
    if (event.kind !== 'custom_value' || event.name === undefined || event.value === undefined || event.epoch === null) continue;
    names.add(event.name);
    const epoch = event.epoch + 1;
    const row = byEpoch.get(epoch) ?? { epoch };
    row[event.name] = event.value;
    byEpoch.set(epoch, row);
  }
  if (names.size === 0) return null;
  const rows = [...byEpoch.values()].sort((a, b) => a.epoch - b.epoch);
  return {
    id: 'custom',
    title: 'Custom values',
    series: [...names].map((name) => ({ key: name, label: name, validation: false })),
    rows,
    scale: 'linear',
    stepped: false,
  };
}

/**
 * Where a callback acted. A LearningRateScheduler that sets the same rate
 * again is not an action, so only its changes are marked; and a schedule that
 * changes the rate every epoch (a smooth decay) is marked where the changes
 * begin, not at every epoch: one marker per stretch keeps the chart readable
 * and its redraw cost flat over a long run.
 */
export function buildMarkers(events: readonly CallbackEvent[], history: readonly Pick<EpochRow, 'epoch' | 'lrDuring'>[]): Marker[] {
  const lrDuring = new Map(history.map((row) => [row.epoch, row.lrDuring]));
  const markers: Marker[] = [];
  let lastScheduledChange = -Infinity;
  for (const event of events) {
    if (!MARKER_KINDS.has(event.kind)) continue;
    const epoch = event.epoch ?? (history.at(-1)?.epoch ?? 0);
    if (event.kind === 'lr_scheduled') {
      const before = lrDuring.get(epoch - 1);
      if (before === undefined || before === event.value) continue;
      const continuesStretch = lastScheduledChange === epoch - 1;
      lastScheduledChange = epoch;
      if (continuesStretch) continue;
    }
    const marker: Marker = { epoch: epoch + 1, kind: event.kind, callback: event.callback, message: event.message };
    const monitor = /^(?:Epoch \d+: )?(\w+) improved/.exec(event.message)?.[1];
    if (event.kind === 'checkpoint_saved' && monitor && event.value !== undefined) Object.assign(marker, { monitor, value: event.value });
    markers.push(marker);
  }
  return markers;
}

/**
 * Which callback set the learning rate each epoch trained with (1-based
 * epoch → callback): a write at the start of the epoch, or else one at the
 * end of the epoch before; the latest write wins, as in training.
 */
export function learningRateSetters(events: readonly CallbackEvent[]): Map<number, string> {
  const atStart = new Map<number, string>();
  const atEndOfPrevious = new Map<number, string>();
  for (const event of events) {
    if (!LR_KINDS.has(event.kind) || event.epoch === null) continue;
    if (event.kind === 'lr_scheduled') atStart.set(event.epoch + 1, event.callback);
    else atEndOfPrevious.set(event.epoch + 2, event.callback);
  }
  const setters = new Map(atEndOfPrevious);
  for (const [epoch, callback] of atStart) setters.set(epoch, callback);
  return setters;
}

/** The callbacks that wrote the learning rate during the run, when more than one did. */
export function competingLearningRateWriters(events: readonly CallbackEvent[]): string[] {
  const writers = new Set(events.filter((event) => LR_KINDS.has(event.kind)).map((event) => event.callback));
  return writers.size > 1 ? [...writers] : [];
}
