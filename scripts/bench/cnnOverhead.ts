/**
 * `cnnOverheadRatio` (DESIGN.md §3): as `overheadRatio`, for the MNIST CNN
 * lesson: bare `fit` of the same model and data against the playground
 * running the lesson (its EarlyStopping and ModelCheckpoint, the digit
 * grid, the charts), pairs in ABBA order on the playground's backend.
 *
 * Both sides are timed over what `fit` spans: bare's `model.fit` call, and
 * the playground's `fitSeconds` (onTrainBegin to onTrainEnd and its saves
 * written). The playground's run also evaluates the loss before the first
 * step and, after `fit`, predicts the confusion matrix and evaluates the
 * test set: work a tutorial does outside `fit`, once a run, which in a
 * 2-epoch trial would weigh as a third of an epoch. The whole run's ratio
 * is printed beside the figure.
 */
import type { BarePage } from './barePage';
import { cnnLesson } from './lessons';
import { note } from './log';
import type { Playground } from './playground';
import { describe } from './stats';
import { emptySeries, pairFigure, runPair, type PairFigure } from './timing';

export async function cnnOverhead(bare: BarePage, playground: Playground, epochs: number, pairs: number): Promise<PairFigure> {
  const wholeRun: number[] = [];
  const bareTrial = async () => {
    const trial = await bare.fit(cnnLesson(epochs, true));
    return trial.seconds / trial.epochs;
  };
  const playTrial = async () => {
    const run = await playground.run(cnnLesson(epochs));
    const summary = run.done.summary;
    if (!summary || summary.epochsRun !== epochs) throw new Error(`a CNN playground trial ran ${summary?.epochsRun} epochs, not ${epochs}`);
    if (summary.fitSeconds === null) throw new Error('the playground reported no fitSeconds');
    wholeRun.push(summary.seconds / summary.epochsRun);
    return summary.fitSeconds / summary.epochsRun;
  };
  // The first of each side loads the MNIST asset and warms the worker up: discarded.
  await bareTrial();
  const first = await playground.run(cnnLesson(epochs));
  const load = first.messages.find((message) => message.type === 'dataLoaded')?.load;
  note(load ? `MNIST asset, first use in the playground's worker: ${(load.bytes / 1024).toFixed(0)} kB fetched (gzip), decoded into images in ${load.milliseconds.toFixed(0)} ms` : 'MNIST asset: already loaded in this worker (no dataLoaded message)');
  wholeRun.length = 0;
  const series = emptySeries();
  for (let pair = 0; pair < pairs; pair++) await runPair(series, pair, bareTrial, playTrial);
  const figure = pairFigure(series);
  note(`bare s/epoch: ${describe(series.a)}; playground s/epoch (fit): ${describe(series.b)}; (whole run) ${describe(wholeRun)}`);
  note(`bare/playground per pair (fit): ${describe(series.ratios)}`);
  note(`bare/playground per pair (whole run, the loss before the first step, confusion matrix and test set included): ${describe(series.a.map((a, index) => a / (wholeRun[index] ?? NaN)))}`);
  return figure;
}
