/**
 * Profiles the playground's main thread and training worker during a live
 * run (a Chrome trace over CDP) and prints where the time went: long tasks
 * and what ran in them, and the hottest functions on each thread.
 * `npx tsx scripts/bench/trace.ts [epochs] [backend] [port] [warmUpEpochs=4] [out=/tmp/plateau-trace.json]`.
 * The warm-up run starts the worker and leaves finished charts on the page,
 * as the full bench's timing trials (the default run's 50 epochs) leave them for its live run.
 * TRACE_COMPARE=1 traces a compare of four (after one of `warmUpEpochs`) instead.
 */
import { writeFileSync } from 'node:fs';
import { runBenchPart } from './partSession';
import { playgroundConfig } from './benchConfig';
import { COMPARE_RUNS } from './compare';
import { compareRun } from './compareRun';

const epochs = Number(process.argv[2] ?? 100);
const backend = (process.argv[3] ?? 'wasm') as 'wasm';
const port = Number(process.argv[4] ?? 4481);
const warmUpEpochs = Number(process.argv[5] ?? 4);
const out = process.argv[6] ?? '/tmp/plateau-trace.json';
const compare = process.env['TRACE_COMPARE'] === '1';
await runBenchPart(port, backend, async ({ session, playground }) => {
  await playground.run(playgroundConfig(warmUpEpochs));
  if (compare) await compareRun(playground, warmUpEpochs, COMPARE_RUNS);
  await session.browser.startTracing(playground.page, {
    categories: [
      'devtools.timeline',
      'disabled-by-default-devtools.timeline',
      'v8.execute',
      'disabled-by-default-v8.cpu_profiler',
      'blink.user_timing',
      'toplevel',
      // Which node's change made the browser re-lay out, restyle (invalidationTracking) or repaint (blink.invalidation: InvalidateDisplayItemClient, with the reason).
      ...(process.env['TRACE_INVALIDATIONS'] === '1' ? ['disabled-by-default-devtools.timeline.invalidationTracking', 'disabled-by-default-blink.invalidation'] : []),
    ],
  });
  if (compare) {
    const run = await compareRun(playground, epochs, COMPARE_RUNS);
    writeFileSync(out, await session.browser.stopTracing());
    console.log(`compare of ${COMPARE_RUNS}: ${run.wallMs.toFixed(0)} ms from all ready to all done`);
    return;
  }
  const run = await playground.run(playgroundConfig(epochs));
  const buffer = await session.browser.stopTracing();
  writeFileSync(out, buffer);
  console.log(`run: ${run.done.summary?.epochsRun} epochs, worker seconds ${run.done.summary?.seconds.toFixed(2)}, messages ${run.messages.length}`);
});
