/**
 * `cnnOverheadRatio` (DESIGN.md §3): as `overheadRatio`, for the MNIST CNN
 * lesson: bare `fit` of the same model and data against the playground
 * running the lesson (its EarlyStopping and ModelCheckpoint, the digit
 * grid, the charts), pairs in ABBA order on the playground's backend.
 */
import type { BarePage } from './barePage';
import { cnnLesson } from './lessons';
import { note } from './log';
import type { Playground } from './playground';
import { describe } from './stats';
import { emptySeries, pairFigure, runPair, type PairFigure } from './timing';

export async function cnnOverhead(bare: BarePage, playground: Playground, epochs: number, pairs: number): Promise<PairFigure> {
  const bareTrial = async () => {
    const trial = await bare.fit(cnnLesson(epochs, true));
    return trial.seconds / trial.epochs;
  };
  const playTrial = async () => {
    const run = await playground.run(cnnLesson(epochs));
    const summary = run.done.summary;
    if (!summary || summary.epochsRun !== epochs) throw new Error(`a CNN playground trial ran ${summary?.epochsRun} epochs, not ${epochs}`);
    return summary.seconds / summary.epochsRun;
  };
  // The first of each side loads the MNIST asset and warms the worker up: discarded.
  await bareTrial();
  await playTrial();
  const series = emptySeries();
  for (let pair = 0; pair < pairs; pair++) await runPair(series, pair, bareTrial, playTrial);
  const figure = pairFigure(series);
  note(`bare s/epoch: ${describe(series.a)}; playground s/epoch: ${describe(series.b)}`);
  note(`bare/playground per pair: ${describe(series.ratios)}`);
  return figure;
}
