/**
 * A long playground run with the page live: main-thread long tasks
 * (PerformanceObserver 'longtask'), frame intervals (a rAF loop), worker
 * messages arriving per second, and the worker's tensor count per epoch.
 * The same frame and long-task measures on the idle page first give this
 * machine's floor.
 */
import { playgroundConfig } from './benchConfig';
import { note, sleep } from './log';
import { longTasksBetween, startFrames, stopFrames } from './pageProbe';
import { PlaygroundRunFailed, TRAINING_WORKER, type Playground } from './playground';
import { describe, p95 } from './stats';

export interface LiveFigures {
  longTasks: number;
  rafP95: number;
  messagesPerSec: number;
  growthPerEpoch: number;
  tensorsBefore: number;
  tensorsAfter: number;
  epochSeconds: number[];
  /** Why the run did not end with `done`, if it did not. */
  failure: string | null;
}

async function idleFloor(playground: Playground): Promise<void> {
  await playground.bringToFront();
  const from = await playground.now();
  await playground.page.evaluate(startFrames);
  await sleep(2000);
  const intervals = await playground.page.evaluate(stopFrames);
  const to = await playground.now();
  const tasks = await playground.page.evaluate(longTasksBetween, { from, to });
  note(`idle page for 2 s (this machine's floor): ${tasks.length} long tasks, frame interval p95 ${p95(intervals).toFixed(1)} ms`);
}

export async function liveRun(playground: Playground, epochs: number): Promise<LiveFigures> {
  await idleFloor(playground);
  // What the run before left in the worker (its model): the page may have replaced the worker since (client.ts), so it is not asked.
  const previousDone = (await playground.messagesSince(0)).filter((message) => message.worker === TRAINING_WORKER && message.type === 'done').at(-1);
  const tensorsBefore = previousDone?.summary?.tensorsAfterRun ?? Number.NaN;
  await playground.page.evaluate(startFrames);
  const { startIndex, startedAt } = await playground.start(playgroundConfig(epochs));
  const outcome: { failure: string | null } = { failure: null };
  const run = await playground.finish(startIndex, startedAt, 600_000).catch((error: unknown) => {
    if (!(error instanceof PlaygroundRunFailed)) throw error;
    outcome.failure = error.message;
    return null;
  });
  const endedAt = run?.done.t ?? (await playground.now());
  const intervals = await playground.page.evaluate(stopFrames);
  const tasks = await playground.page.evaluate(longTasksBetween, { from: startedAt, to: endedAt });
  const messages = run?.messages ?? (await playground.messagesSince(startIndex + 1)).filter((message) => message.worker === TRAINING_WORKER);
  const charts = await playground.page.locator('svg.recharts-surface').count();
  const canvases = await playground.page.getByTestId('canvas-chart').count();
  const seconds = (endedAt - startedAt) / 1000;
  const rows = messages.flatMap((message) => message.rows).sort((a, b) => a.epoch - b.epoch);
  const second = rows.find((row) => row.epoch === 1);
  const last = rows.at(-1);
  const growth = second && last && last.epoch > 1 ? (last.tensors - second.tensors) / (last.epoch - 1) : Number.NaN;
  const byType = new Map<string, number>();
  for (const message of messages) byType.set(message.type, (byType.get(message.type) ?? 0) + 1);
  const tensorsAfter = run?.done.summary?.tensorsAfterRun ?? Number.NaN;
  const { failure } = outcome;
  const ended = failure === null ? "'done' on the page" : `the page failing the run after ${(last?.epoch ?? -1) + 1} epochs (${failure})`;
  note(`${epochs}-epoch playground run: ${seconds.toFixed(2)} s from the click on Train to ${ended}; ${charts} recharts and ${canvases} canvas chart(s) on the page at the end`);
  note(`  long tasks: ${tasks.length} (${tasks.map((task) => `${task.duration.toFixed(0)} ms at +${((task.start - startedAt) / 1000).toFixed(2)} s`).join(', ') || 'none'})`);
  note(`  frame intervals: ${describe(intervals, ' ms')}, p95 ${p95(intervals).toFixed(1)} ms over ${intervals.length} frames`);
  note(`  worker messages: ${messages.length} in ${seconds.toFixed(2)} s (${[...byType].map(([type, count]) => `${type} ${count}`).join(', ')})`);
  note(`  tensors: ${tensorsBefore} after the run before, ${second?.tensors ?? '?'} after epoch 2, ${last?.tensors ?? '?'} after epoch ${(last?.epoch ?? 0) + 1}, ${Number.isNaN(tensorsAfter) ? '?' : tensorsAfter} after the run`);
  return {
    longTasks: tasks.length,
    rafP95: p95(intervals),
    messagesPerSec: messages.length / seconds,
    growthPerEpoch: growth,
    tensorsBefore,
    tensorsAfter,
    epochSeconds: rows.map((row) => row.seconds),
    failure,
  };
}
