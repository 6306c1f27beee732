/**
 * `npm run evaluate:lr [-- --quick] [--seeds=N] [--backend=cpu|wasm] [--solo] [--outcomes=FILE] [--horizon=N]`: the evaluation protocol of
 * DESIGN.md §8, in node on the page's trainer (tfjs's cpu backend). For each
 * task and seed, every method trains from the same initial weights and batch
 * order, all of them as one stacked run (each variant trains exactly as it
 * would alone); prints a table per task and method, then one JSON line.
 */
import { writeFile } from 'node:fs/promises';
import * as tf from '@tensorflow/tfjs';
import { teach, leaveOneOut } from './evaluateLr/coachMemories';
import type { RunConfig } from '../src/config/runConfig';
import { coachSpec, PLATEAU_KERAS_DEFAULTS, PLATEAU_TUNED, taskConfig, trainOutcome, trainOutcomes, valleyRate, type Outcome } from './evaluateLr/methods';
import { parseOptions } from './evaluateLr/options';
import { comparable } from './evaluateLr/pairedStatistics';
import { compare, comparisonLine, round, summary, taskTable } from './evaluateLr/report';
import { DEFAULT_RATE, RATE_GRID, TASKS, type EvaluationTask } from './evaluateLr/tasks';

const options = parseOptions(process.argv.slice(2));
const { quick, seeds: SEEDS, backend: BACKEND } = options;
const epochsOf = (task: EvaluationTask): number => (quick ? Math.max(4, Math.round(task.epochs / 6)) : task.epochs);
const TEACHER_RUNS = quick ? 1 : 3;

const METHODS = ['default', 'bestConstant', 'finderValley', 'plateauKeras', 'plateauTuned', 'coachCold', 'coachMemory', 'coachMemoryKind'] as const;
type Method = (typeof METHODS)[number];

// The wasm backend loads its binary from node_modules (tfjs's own default in node).
if (BACKEND === 'wasm') await import('@tensorflow/tfjs-backend-wasm');
if (!(await tf.setBackend(BACKEND))) throw new Error(`evaluate:lr: tfjs's ${BACKEND} backend did not start`);
await tf.ready();
const started = performance.now();
const log = (line: string) => process.stdout.write(`${line}\n`);
log(`evaluate:lr ${quick ? '(--quick: few seeds and epochs, to prove the protocol; not for verdicts)' : ''}: ${TASKS.length} tasks, ${SEEDS} paired seeds, Adam, ${BACKEND} backend, ${options.solo ? 'each method alone' : 'one stacked run per task and seed'}`);
log(`constant grid: ${RATE_GRID.join(', ')}; default rate ${DEFAULT_RATE}; teacher runs per task for memory: ${TEACHER_RUNS}; LR Coach's horizon: ${options.horizon ?? 'its default'}`);

async function soloOutcomes(configs: readonly RunConfig[]): Promise<Outcome[]> {
  const outcomes: Outcome[] = [];
  for (const config of configs) outcomes.push(await trainOutcome(config));
  return outcomes;
}

const taught = await teach(TASKS, epochsOf, TEACHER_RUNS, options.horizon);
const results = new Map<string, Record<Method, Outcome[]>>();

for (const task of TASKS) {
  const epochs = epochsOf(task);
  const memory = leaveOneOut(taught, task);
  const memoryOfKind = leaveOneOut(taught, task, true);
  const byMethod = Object.fromEntries(METHODS.map((method) => [method, [] as Outcome[]])) as Record<Method, Outcome[]>;
  const grid: Outcome[][] = RATE_GRID.map(() => []);
  for (let seed = 1; seed <= SEEDS; seed++) {
    // The range test runs first, alone, from the seed's initial weights; then every method of this seed trains as one stack.
    const valley = await valleyRate(task, epochs, seed);
    const runs: [Method | number, RunConfig][] = [
      ...RATE_GRID.map((rate, index): [number, RunConfig] => [index, taskConfig(task, epochs, seed, rate)]),
      ['default', taskConfig(task, epochs, seed, DEFAULT_RATE)],
      ['finderValley', taskConfig(task, epochs, seed, valley)],
      ['plateauKeras', taskConfig(task, epochs, seed, DEFAULT_RATE, [PLATEAU_KERAS_DEFAULTS])],
      ['plateauTuned', taskConfig(task, epochs, seed, DEFAULT_RATE, [PLATEAU_TUNED])],
      ['coachCold', taskConfig(task, epochs, seed, DEFAULT_RATE, [coachSpec(seed, null, options.horizon)])],
      ['coachMemory', taskConfig(task, epochs, seed, DEFAULT_RATE, [coachSpec(seed, memory, options.horizon)])],
      ['coachMemoryKind', taskConfig(task, epochs, seed, DEFAULT_RATE, [coachSpec(seed, memoryOfKind, options.horizon)])],
    ];
    const configs = runs.map(([, config]) => config);
    const outcomes = options.solo ? await soloOutcomes(configs) : await trainOutcomes(configs);
    runs.forEach(([method], index) => (typeof method === 'number' ? grid[method] : byMethod[method])?.push(outcomes[index] as Outcome));
  }
  // The oracle: the grid's rate with the lowest mean test loss on this task (chosen on the test set itself).
  const meanLoss = (outcomes: readonly Outcome[]) => outcomes.reduce((sum, outcome) => sum + comparable(outcome.testLoss), 0) / outcomes.length;
  const best = grid.reduce((bestIndex, outcomes, index) => (meanLoss(outcomes) < meanLoss(grid[bestIndex] as Outcome[]) ? index : bestIndex), 0);
  byMethod.bestConstant = grid[best] as Outcome[];
  results.set(task.name, byMethod);
  log(`\n${task.name} (${epochs} epochs; best constant ${RATE_GRID[best]})`);
  for (const line of taskTable(byMethod, METHODS)) log(line);
}

const comparisons = {
  coachMemoryVsPlateau: compare(results, 'coachMemory', 'plateauKeras'),
  coachMemoryVsBestConstant: compare(results, 'coachMemory', 'bestConstant'),
  coachMemoryKindVsPlateau: compare(results, 'coachMemoryKind', 'plateauKeras'),
  coachColdVsPlateau: compare(results, 'coachCold', 'plateauKeras'),
  finderValleyVsDefault: compare(results, 'finderValley', 'default'),
};
log('\npaired win rates on held-out test loss (a task is won when its 95 % interval is above 0.5)');
for (const [name, comparison] of Object.entries(comparisons)) log(comparisonLine(name, comparison));
const divergedShare = Object.fromEntries(
  METHODS.map((method) => {
    const all = [...results.values()].flatMap((byMethod) => byMethod[method]);
    return [method, round(all.filter((outcome) => outcome.diverged).length / all.length)];
  }),
);
if (options.outcomesFile) await writeFile(options.outcomesFile, `${JSON.stringify(Object.fromEntries(results), null, 1)}\n`);
log(`\nevaluate:lr took ${((performance.now() - started) / 1000).toFixed(0)} s`);
const summaries = Object.fromEntries(Object.entries(comparisons).map(([name, comparison]) => [name, summary(comparison)]));
log(JSON.stringify({ tasks: TASKS.length, seeds: SEEDS, ...summaries, divergedShare }));
