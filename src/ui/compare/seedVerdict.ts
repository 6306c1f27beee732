/**
 * The verdict of a comparison with seeds, paired by seed: every variant's
 * k-th seed starts from the same weights and batch order, so "A against B"
 * is read seed by seed ("A reached a lower val_loss than B in 7 of 8
 * seeds"), with the median paired difference, and called clear only when a
 * two-sided sign test over those seeds gives p < 0.05: 6 of 6, 7 of 7, 8 of
 * 8 (7 of 8 is p = 0.07 and 5 of 5 p = 0.06, not clear). A comparison of single seeds
 * keeps its one-run verdict and says that one seed cannot settle it.
 */
import { better, bestOf, compareVerdict, sharedMetric, type Verdict, type VerdictRun } from './verdict';
import { higherIsBetter } from './compareTable';

export interface SeedGroupRuns {
  name: string;
  /** One run per seed, in seed order (the k-th of every group share a seed). */
  seeds: VerdictRun[];
}

const CLEAR_P = 0.05;
/** The fewest pairs whose sign test can reach CLEAR_P: 6 of 6 gives p = 0.031. */
const MIN_CLEAR_PAIRS = 6;

/** Two-sided sign test: the chance of a split at least this uneven in `n` fair coin tosses. */
export function signTestP(wins: number, n: number): number {
  if (n === 0) return 1;
  const extreme = Math.max(wins, n - wins);
  let tail = 0;
  let choose = 1;
  for (let k = 0; k <= n; k++) {
    if (k > 0) choose = (choose * (n - k + 1)) / k;
    if (k >= extreme) tail += choose;
  }
  return Math.min(1, (2 * tail) / 2 ** n);
}

const median = (values: readonly number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? (sorted[middle] as number) : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
};

const signed = (value: number) => `${value < 0 ? '−' : value > 0 ? '+' : ''}${Math.abs(value).toPrecision(2)}`;
const pText = (p: number) => (p < 0.001 ? 'p < 0.001' : `p = ${p.toPrecision(2)}`);

interface Pairing {
  other: string;
  wins: number;
  pairs: number;
  medianDifference: number;
  p: number;
}

function bestPerSeed(group: SeedGroupRuns, metric: string): (number | null)[] {
  return group.seeds.map((run) => bestOf(run, metric)?.value ?? null);
}

function pairing(leader: (number | null)[], other: SeedGroupRuns, values: (number | null)[], metric: string): Pairing {
  const isBetter = better(metric);
  const differences: number[] = [];
  let wins = 0;
  let losses = 0;
  leader.forEach((mine, seed) => {
    const theirs = values[seed];
    if (mine === null || theirs === null || theirs === undefined) return;
    differences.push(mine - theirs);
    if (isBetter(mine, theirs)) wins++;
    else if (isBetter(theirs, mine)) losses++;
  });
  return { other: other.name, wins, pairs: differences.length, medianDifference: differences.length > 0 ? median(differences) : 0, p: signTestP(wins, wins + losses) };
}

export function seedVerdict(groups: readonly SeedGroupRuns[]): Verdict | null {
  if (groups.every((group) => group.seeds.length <= 1)) {
    const single = compareVerdict(groups.flatMap((group) => group.seeds));
    return single && { ...single, text: `${single.text} One seed per variant cannot settle it: another seed can change the ranking. Run each variant × 8 seeds to see whether it holds.` };
  }
  const metric = sharedMetric(groups.flatMap((group) => group.seeds));
  const isBetter = better(metric);
  const bests = groups.map((group) => bestPerSeed(group, metric));
  // The leader: the best median over its seeds.
  const medians = bests.map((values) => {
    const finite = values.filter((value) => value !== null);
    return finite.length > 0 ? median(finite) : null;
  });
  let leader = -1;
  medians.forEach((value, index) => {
    const current = medians[leader];
    if (value !== null && (current === null || current === undefined || isBetter(value, current))) leader = index;
  });
  const leading = groups[leader];
  if (!leading) return null;
  const lower = higherIsBetter(metric) ? 'higher' : 'lower';
  const pairings = groups.flatMap((group, index) => (index === leader ? [] : [pairing(bests[leader] ?? [], group, bests[index] ?? [], metric)]));
  // The leader by median must also have won most of its pairs: a small p alone could be its losses'.
  const clear = pairings.length > 0 && pairings.every((entry) => entry.p < CLEAR_P && 2 * entry.wins > entry.pairs);
  const sentences = pairings.map(({ other, wins, pairs, medianDifference, p }) => {
    const count = `${leading.name} reached a ${lower} ${metric} than ${other} in ${wins} of ${pairs} seed${pairs === 1 ? '' : 's'} (best of each run; median difference ${signed(medianDifference)})`;
    if (pairs < MIN_CLEAR_PAIRS) return `${count}: ${pairs === 1 ? 'one seed' : `${pairs} seeds`} cannot make a difference clear (a sign test needs at least ${MIN_CLEAR_PAIRS} paired seeds)`;
    return p < CLEAR_P ? `${count}: a clear difference (sign test ${pText(p)})` : `${count}: not clear at ${pairs} seeds (sign test ${pText(p)})`;
  });
  const stillTraining = groups.some((group) => group.seeds.some((run) => !run.finished));
  const head = clear ? `${leading.name} is best on ${metric}` : 'No clear winner';
  return { metric, text: `${stillTraining ? `So far: ${head.replace(/^No/, 'no')}` : head}. ${sentences.join('; ')}.` };
}
