/**
 * Which variant won and when, in one sentence a learner can repeat: the
 * runs are ranked on one metric they all log (the one their stacks monitor
 * when they agree, else val_loss when every run has it, else loss), by its
 * best value, with the epoch of that best and the epoch from which the
 * winner's best so far stayed ahead of every other run's.
 */
import type { EpochRow } from '../../training/protocol';
import { higherIsBetter } from './compareTable';

export interface VerdictRun {
  name: string;
  /** The metric this run's stack monitors (the table's "Monitored"). */
  monitor: string;
  history: readonly EpochRow[];
  finished: boolean;
  /** Who stopped the run before its last epoch, if anyone did. */
  stoppedBy: string | null;
}

interface Best {
  name: string;
  value: number;
  /** 1-based. */
  epoch: number;
  stoppedBy: string | null;
  epochsRun: number;
}

export interface Verdict {
  metric: string;
  text: string;
}

const show = (value: number) => value.toPrecision(4);

export function sharedMetric(runs: readonly VerdictRun[]): string {
  const monitors = new Set(runs.map((run) => run.monitor));
  const [only] = monitors;
  if (monitors.size === 1 && only !== undefined) return only;
  const everyRunLogs = (key: string) => runs.every((run) => run.history.some((row) => key in row.logs));
  return everyRunLogs('val_loss') ? 'val_loss' : 'loss';
}

export function better(metric: string): (a: number, b: number) => boolean {
  return higherIsBetter(metric) ? (a, b) => a > b : (a, b) => a < b;
}

export function bestOf(run: VerdictRun, metric: string): Best | null {
  const isBetter = better(metric);
  let best: Best | null = null;
  for (const row of run.history) {
    const value = row.logs[metric];
    if (value === undefined || !Number.isFinite(value)) continue;
    if (best === null || isBetter(value, best.value)) best = { name: run.name, value, epoch: row.epoch + 1, stoppedBy: run.stoppedBy, epochsRun: run.history.length };
  }
  return best;
}

/** Each epoch's best value so far, by epoch index (0-based); null before the first finite value. */
function runningBest(history: readonly EpochRow[], metric: string): Map<number, number> {
  const isBetter = better(metric);
  const byEpoch = new Map<number, number>();
  let best: number | null = null;
  for (const row of history) {
    const value = row.logs[metric];
    if (value !== undefined && Number.isFinite(value) && (best === null || isBetter(value, best))) best = value;
    if (best !== null) byEpoch.set(row.epoch, best);
  }
  return byEpoch;
}

/** The 1-based epoch from which the winner's best so far beat every other run's at every epoch they share, or null. */
export function leadingFrom(winner: VerdictRun, others: readonly VerdictRun[], metric: string): number | null {
  const isBetter = better(metric);
  const mine = runningBest(winner.history, metric);
  const theirs = others.map((run) => runningBest(run.history, metric));
  let from: number | null = null;
  for (const [epoch, value] of [...mine].sort(([a], [b]) => a - b)) {
    const compared = theirs.map((other) => other.get(epoch)).filter((other) => other !== undefined);
    if (compared.length === 0) continue;
    const ahead = compared.every((other) => isBetter(value, other));
    if (!ahead) from = null;
    else from ??= epoch + 1;
  }
  return from;
}

function stoppedNote(best: Best): string {
  return best.stoppedBy ? `, stopped by ${best.stoppedBy} after epoch ${best.epochsRun}` : '';
}

/** Null until at least one run has a value of the shared metric. */
export function compareVerdict(runs: readonly VerdictRun[]): Verdict | null {
  const metric = sharedMetric(runs);
  const isBetter = better(metric);
  const ranked = runs
    .map((run) => ({ run, best: bestOf(run, metric) }))
    .filter((entry): entry is { run: VerdictRun; best: Best } => entry.best !== null)
    .sort((a, b) => (isBetter(a.best.value, b.best.value) ? -1 : isBetter(b.best.value, a.best.value) ? 1 : a.best.epoch - b.best.epoch));
  const [first, ...rest] = ranked;
  if (!first) return null;
  const direction = higherIsBetter(metric) ? 'highest' : 'lowest';
  const stillTraining = runs.some((run) => !run.finished);
  const tied = rest.filter((entry) => entry.best.value === first.best.value);
  const others = rest
    .filter((entry) => !tied.includes(entry))
    .map(({ best }) => `${best.name} ${show(best.value)} at epoch ${best.epoch}${stoppedNote(best)}`)
    .concat(runs.filter((run) => !ranked.some((entry) => entry.run === run)).map((run) => `${run.name} has no ${metric} yet`));
  let lead = '';
  if (tied.length === 0 && runs.length > 1) {
    const from = leadingFrom(first.run, runs.filter((run) => run !== first.run), metric);
    if (from !== null) lead = `; its best so far led ${from === 1 ? 'from the first epoch' : `from epoch ${from} on`}`;
  }
  const head =
    tied.length > 0
      ? `${[first, ...tied].map((entry) => entry.best.name).join(' and ')} tie on the ${direction} ${metric}, ${show(first.best.value)} (${[first, ...tied].map(({ best }) => `${best.name} at epoch ${best.epoch}`).join(', ')})`
      : `${first.best.name} reached the ${direction} ${metric}, ${show(first.best.value)} at epoch ${first.best.epoch}${stoppedNote(first.best)}${lead}`;
  const tail = others.length > 0 ? `. ${others.join('; ')}` : '';
  return { metric, text: `${stillTraining ? 'So far: ' : ''}${head}${tail}.` };
}
