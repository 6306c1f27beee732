/** What `evaluate:lr` prints: a table per task, the paired comparisons, and their summaries for the JSON line. */
import type { Outcome } from './methods';
import { pairedWinRate, pairOutcome, type WinRate } from './pairedStatistics';

/** One line per method: its median test loss, mean log val_loss and diverged runs. */
export function taskTable(byMethod: Readonly<Record<string, readonly Outcome[]>>, methods: readonly string[]): string[] {
  const lines = [`  ${'method'.padEnd(16)} ${'test loss (median)'.padStart(18)} ${'mean log val'.padStart(13)} ${'diverged'.padStart(9)}`];
  for (const method of methods) {
    const outcomes = byMethod[method] ?? [];
    const finite = outcomes.map((outcome) => outcome.testLoss).filter((loss): loss is number => loss !== null).sort((a, b) => a - b);
    const median = finite.length > 0 ? (finite[Math.floor((finite.length - 1) / 2)] as number) : Number.NaN;
    const areas = outcomes.map((outcome) => outcome.logValArea).filter((area): area is number => area !== null);
    const area = areas.length > 0 ? areas.reduce((sum, value) => sum + value, 0) / areas.length : Number.NaN;
    const diverged = outcomes.filter((outcome) => outcome.diverged).length;
    lines.push(`  ${method.padEnd(16)} ${median.toPrecision(4).padStart(18)} ${area.toFixed(3).padStart(13)} ${`${diverged}/${outcomes.length}`.padStart(9)}`);
  }
  return lines;
}

export interface Comparison extends WinRate {
  tasksWon: number;
  perTask: Record<string, WinRate>;
}

/** Method `a` against `b`, seed by seed, per task and pooled; a task is won when its interval lies above 0.5. */
export function compare<M extends string>(results: ReadonlyMap<string, Readonly<Record<M, readonly Outcome[]>>>, a: M, b: M): Comparison {
  const groups: number[][] = [];
  const perTask: Record<string, WinRate> = {};
  let tasksWon = 0;
  for (const [name, byMethod] of results) {
    const outcomes = byMethod[a].map((outcome, index) => pairOutcome(outcome.testLoss, byMethod[b][index]?.testLoss ?? null));
    groups.push(outcomes);
    const rate = pairedWinRate([outcomes]);
    perTask[name] = rate;
    if (rate.ci95[0] > 0.5) tasksWon += 1;
  }
  return { tasksWon, ...pairedWinRate(groups), perTask };
}

export function comparisonLine(name: string, comparison: Comparison): string {
  const interval = (rate: WinRate, digits: number) => `[${rate.ci95.map((value) => value.toFixed(digits)).join(', ')}]`;
  const tasks = Object.entries(comparison.perTask).map(([task, rate]) => `${task} ${rate.winRate.toFixed(2)} ${interval(rate, 2)}`);
  const taskCount = Object.keys(comparison.perTask).length;
  return `  ${name}: ${comparison.winRate.toFixed(3)} ${interval(comparison, 3)}, tasks won ${comparison.tasksWon}/${taskCount}; ${tasks.join('; ')}`;
}

export const round = (value: number): number => Number(value.toFixed(3));

export const summary = (comparison: Comparison) => ({ tasksWon: comparison.tasksWon, winRate: round(comparison.winRate), ci95: comparison.ci95.map(round) });
