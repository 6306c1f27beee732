/**
 * The overhead figure: bare `fit` against the playground with the full
 * stack and live charts, trial for trial in ABBA order, interleaved with an
 * A/A series (bare against bare) that says how far two identical trials
 * drift apart on this machine.
 */
import type { BarePage } from './barePage';
import { bareConfig, playgroundConfig } from './benchConfig';
import { note } from './log';
import type { Playground } from './playground';
import { describe } from './stats';
import { emptySeries, pairFigure, runPair, type PairFigure, type PairSeries } from './timing';

/** How far the overhead goal (≥ 0.97) may be missed by noise: an A/A spread wider than this makes the run inconclusive. */
export const OVERHEAD_MARGIN = 0.03;

export interface OverheadFigures {
  overhead: PairSeries;
  aa: PairSeries;
  overheadFigure: PairFigure;
  aaFigure: PairFigure;
}

export async function overheadRatios(bare: BarePage, playground: Playground, epochs: number, pairs: number, margin = OVERHEAD_MARGIN): Promise<OverheadFigures> {
  note("a trial's time: the worker's own clock around the training call (bare: model.fit; playground: train(), as its done message reports), per epoch");
  note("after a playground trial the next waits until the page has settled (its charts in their finished form, the main thread idle)");
  const bareTrial = async () => {
    const trial = await bare.fit(bareConfig(epochs));
    return trial.seconds / trial.epochs;
  };
  const playTrial = async () => {
    const run = await playground.run(playgroundConfig(epochs));
    const summary = run.done.summary;
    if (!summary || summary.epochsRun !== epochs) throw new Error(`a playground trial ran ${summary?.epochsRun} epochs, not ${epochs}`);
    return summary.seconds / summary.epochsRun;
  };
  const overhead = emptySeries();
  const aa = emptySeries();
  for (let pair = 0; pair < pairs; pair++) {
    await runPair(overhead, pair, bareTrial, playTrial);
    await runPair(aa, pair, bareTrial, bareTrial);
  }
  const overheadFigure = pairFigure(overhead);
  const aaFigure = pairFigure(aa);
  note(`bare s/epoch: ${describe(overhead.a)}; playground s/epoch: ${describe(overhead.b)}`);
  note(`bare/playground per pair: ${describe(overhead.ratios)}`);
  // In trial order, so that a drift (the machine busier at the start, say) shows.
  note(`  in order: ${overhead.ratios.map((ratio) => ratio.toFixed(2)).join(' ')}; A/A ${aa.ratios.map((ratio) => ratio.toFixed(2)).join(' ')}`);
  note(`A/A bare/bare per pair: ${describe(aa.ratios)} (${aaFigure.iqr > margin ? `wider than the ${margin} margin of the overhead goal: inconclusive` : 'narrow enough for a verdict'})`);
  return { overhead, aa, overheadFigure, aaFigure };
}
