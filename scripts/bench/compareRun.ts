/**
 * Drives the page's compare panel as a learner does: the compare setup
 * pasted into "Compare setup as JSON", Load, the code consent accepted,
 * then "Run N variants together". Times come from the page probe: each
 * variant answers under its own runId (a stack of them from one worker), so
 * "all ready" is the last `trainBegin` of the N runs and "all done" the last `done`.
 */
import { VARIANT_COLOURS } from '../../src/config/compareConfig';
import { playgroundConfig } from './benchConfig';
import { waitForEachRun, type RecordedMessage } from './pageProbe';
import { TRAINING_WORKER, type Playground } from './playground';

/** N identical variants of the bench's full-stack run: the same work in every worker, as the bare side's N identical fits. */
export function compareSetup(epochs: number, count: number): unknown {
  const base = playgroundConfig(epochs);
  return {
    v: 1,
    base,
    variants: Array.from({ length: count }, (_, index) => ({ name: `Run ${index + 1}`, colour: VARIANT_COLOURS[index % VARIANT_COLOURS.length], config: playgroundConfig(epochs) })),
  };
}

export interface ParallelRun {
  /** From the last worker's `trainBegin` to the last `done`, page clock. */
  wallMs: number;
  /** From the first `trainBegin` to the last: how far apart the workers became ready. */
  readySpreadMs: number;
}

const loadedSetups = new WeakMap<Playground, string>();

/** Pastes the setup and loads it, unless it is the one already loaded. */
async function loadSetup(playground: Playground, setup: unknown): Promise<void> {
  const json = JSON.stringify(setup);
  if (loadedSetups.get(playground) === json) return;
  const panel = playground.page.getByTestId('compare-panel');
  const details = panel.locator('details.compare-json');
  if (!(await details.evaluate((element) => (element as HTMLDetailsElement).open))) await panel.getByText('Compare setup as JSON', { exact: true }).click();
  await panel.getByLabel('Paste a compare setup, or copy this one').fill(json);
  await panel.getByRole('button', { name: 'Load compare setup', exact: true }).click();
  // The stack's LearningRateScheduler carries code: a pasted setup runs it only once accepted.
  const accept = panel.getByRole('button', { name: /allow it to run/ });
  if ((await accept.count()) > 0) await accept.click();
  loadedSetups.set(playground, json);
}

function failureOf(message: RecordedMessage): string | null {
  if (message.type === 'error') return message.error ?? 'error';
  return message.summary?.failure ?? null;
}

/** Runs `count` variants of `epochs` epochs together through the compare panel; `afterClick` runs once they are started (another tab to the front, say). */
export async function compareRun(playground: Playground, epochs: number, count: number, afterClick?: () => Promise<void>, timeoutMs = 600_000): Promise<ParallelRun> {
  await playground.bringToFront();
  await loadSetup(playground, compareSetup(epochs, count));
  const panel = playground.page.getByTestId('compare-panel');
  const startIndex = (await playground.messageCount()) - 1;
  await panel.getByRole('button', { name: `Run ${count} variants together`, exact: true }).click();
  await afterClick?.();
  const wait = (types: string[]) => playground.page.evaluate(waitForEachRun, { worker: TRAINING_WORKER, afterIndex: startIndex, types, count, timeoutMs });
  const ends = await wait(['done', 'error']);
  const failures = ends.map(failureOf).filter((failure) => failure !== null);
  if (failures.length > 0) throw new Error(`a compare run failed: ${failures.join('; ')}`);
  const short = ends.filter((message) => message.summary?.epochsRun !== epochs);
  if (short.length > 0) throw new Error(`compare runs ended after ${short.map((message) => message.summary?.epochsRun).join(', ')} epochs, not ${epochs}`);
  const begins = await wait(['trainBegin']);
  const runs = new Set(ends.map((message) => `${message.instance}/${message.runId}`));
  if (begins.some((message) => !runs.has(`${message.instance}/${message.runId}`))) throw new Error('the trainBegin and done messages came from different runs');
  const beginTimes = begins.map((message) => message.t);
  const ready = Math.max(...beginTimes);
  // The panel draws the runs' ends after the last done: that work must not run inside the next measurement.
  await playground.settle();
  return { wallMs: Math.max(...ends.map((message) => message.t)) - ready, readySpreadMs: ready - Math.min(...beginTimes) };
}

/** One run on the main page (Train) with the same config, from its `trainBegin` to its `done`. */
export async function singleRun(playground: Playground, epochs: number): Promise<ParallelRun> {
  const run = await playground.run(playgroundConfig(epochs));
  const begin = run.messages.find((message) => message.type === 'trainBegin');
  if (!begin) throw new Error('the main page\'s run sent no trainBegin');
  if (run.done.summary?.epochsRun !== epochs) throw new Error(`the main page's run ended after ${run.done.summary?.epochsRun} epochs, not ${epochs}`);
  return { wallMs: run.done.t - begin.t, readySpreadMs: 0 };
}
