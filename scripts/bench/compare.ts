/**
 * N runs side by side (four, sixteen) against one, from "all ready" (data
 * and model built in every worker) to "all done", for bare `fit` workers
 * (bench.html, N workers) and for the playground (the page's compare panel,
 * where the N variants train as one stack), interleaved in one session so
 * both ratios see the same load.
 */
import type { BarePage } from './barePage';
import { bareConfig } from './benchConfig';
import type { BackendName } from '../../src/training/protocol';
import { compareRun, singleRun, type ParallelRun } from './compareRun';
import { note } from './log';
import type { Playground } from './playground';
import { describe, median } from './stats';

export const COMPARE_RUNS = 4;
export const COMPARE_RUNS_MANY = 16;
/**
 * The playground keeps its workers (the page's and the compare panel's) from
 * run to run, so the bare side keeps its four too, warmed by a discarded fit:
 * fresh workers for every measurement put a cold worker's JIT warm-up on one
 * side only, and made the bare one-run wall swing from 33 to 78 ms an epoch.
 */
const BARE_WARM_UP_EPOCHS = 3;

export const COMPARE_HOW = [
  `bare: N (${COMPARE_RUNS}, then ${COMPARE_RUNS_MANY}) bench.html workers kept for the section, as the playground keeps its own, warmed by a discarded ${BARE_WARM_UP_EPOCHS}-epoch fit each; one run uses the first of them; each with model and data built, then model.fit started in all at once; wall time to the last reply`,
  'playground, N: the compare panel as a learner drives it ("Compare setup as JSON" → Load → accept the schedule\'s code → "Run N variants together"), N identical variants of the full-stack run, trained as one stack; from the last variant\'s trainBegin to the last done',
  'playground, one: the main page\'s Train with the same config, from its trainBegin to its done. The compare panel takes 2–16 variants, so one run there is not possible; Train is what a learner runs when not comparing. It also predicts the decision-boundary grid (≤ 4/s), which compare variants skip: the one-run side does slightly more work, so this ratio leans low, never high',
];

type Side = (count: number) => Promise<number>;

async function ratio(side: Side, order: readonly number[], count: number): Promise<{ one: number; four: number }> {
  const walls: Record<number, number> = {};
  for (const runs of order) walls[runs] = await side(runs);
  return { one: walls[1] as number, four: walls[count] as number };
}

export interface CompareFigures {
  bare: number;
  playground: number;
}

export async function compareRatios(bare: BarePage, playground: Playground, backend: BackendName, epochs: number, reps: number, count = COMPARE_RUNS): Promise<CompareFigures> {
  const spreads: number[] = [];
  const bareSide: Side = async (runs) => (await bare.fitAll(bareConfig(epochs), runs)).wallMs;
  const playSide: Side = async (runs) => {
    const run: ParallelRun = runs === 1 ? await singleRun(playground, epochs) : await compareRun(playground, epochs, runs);
    if (runs > 1) spreads.push(run.readySpreadMs);
    return run.wallMs;
  };
  await bare.spawn(count, backend);
  await bare.fitAll(bareConfig(BARE_WARM_UP_EPOCHS));
  await playSide(1);
  await playSide(count);
  spreads.length = 0;
  note(`  warm-up: ${count} bare workers fit ${BARE_WARM_UP_EPOCHS} epochs; one run and one compare run of ${count} (discarded; the latter loads the compare charts)`);
  const bareRatios: number[] = [];
  const playRatios: number[] = [];
  // The same work on both sides, rep by rep: playground wall / bare wall, for one run and for four.
  const across: Record<'one' | 'four', number[]> = { one: [], four: [] };
  for (let rep = 0; rep < reps; rep++) {
    const order = rep % 2 === 0 ? [1, count] : [count, 1];
    const sides: [string, Side, number[]][] = [['bare', bareSide, bareRatios], ['playground', playSide, playRatios]];
    if (rep % 2 === 1) sides.reverse();
    const parts: string[] = [];
    const walls: Record<string, { one: number; four: number }> = {};
    for (const [name, side, ratios] of sides) {
      const { one, four } = await ratio(side, order, count);
      walls[name] = { one, four };
      ratios.push(four / one);
      parts.push(`${name} one ${one.toFixed(0)} ms, ${count} ${four.toFixed(0)} ms, ratio ${(four / one).toFixed(3)}`);
    }
    note(`  rep ${rep + 1} (${order.join(' then ')}): ${parts.join('; ')}`);
    const { bare: bareWalls, playground: playWalls } = walls as Record<'bare' | 'playground', { one: number; four: number }>;
    across.one.push(playWalls.one / bareWalls.one);
    across.four.push(playWalls.four / bareWalls.four);
  }
  await bare.spawn(1, backend);
  note(`${count} bare workers / one (${epochs} epochs each): ${describe(bareRatios)}`);
  note(`${count} compare variants / one run (${epochs} epochs each): ${describe(playRatios)}`);
  note(`  playground wall / bare wall, same rep: one run ${describe(across.one)}; ${count} runs ${describe(across.four)}`);
  note(`  the ${count} compare variants became ready (trainBegin) within ${describe(spreads, ' ms')} of each other`);
  return { bare: median(bareRatios), playground: median(playRatios) };
}
