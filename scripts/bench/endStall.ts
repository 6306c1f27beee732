/**
 * The page's long tasks after a run has ended (`done` until it settles):
 * the charts turning into their finished form; for a compare of four, every
 * long task from the click on Run until the page has settled. `npx tsx scripts/bench/endStall.ts [epochs] [runs] [backend] [port]`.
 */
import { playgroundConfig } from './benchConfig';
import { COMPARE_RUNS } from './compare';
import { compareRun } from './compareRun';
import { note } from './log';
import { longTasksBetween } from './pageProbe';
import { runBenchPart } from './partSession';
import type { BackendName } from '../../src/training/protocol';

const epochs = Number(process.argv[2] ?? 100);
const runs = Number(process.argv[3] ?? 3);
const backend = (process.argv[4] ?? 'wasm') as BackendName;
const port = Number(process.argv[5] ?? 4481);

await runBenchPart(port, backend, async ({ playground }) => {
  await playground.run(playgroundConfig(4));
  await compareRun(playground, 4, COMPARE_RUNS);
  const describe = (tasks: { duration: number }[]) => (tasks.length ? tasks.map((task) => `${task.duration.toFixed(0)} ms`).join(', ') : 'none');
  for (let index = 0; index < runs; index++) {
    const run = await playground.run(playgroundConfig(epochs));
    note(`main page run ${index + 1}: long tasks after done: ${describe(await playground.page.evaluate(longTasksBetween, { from: run.done.t, to: await playground.now() }))}`);
    const before = await playground.now();
    const compare = await compareRun(playground, epochs, COMPARE_RUNS);
    const tasks = await playground.page.evaluate(longTasksBetween, { from: before, to: await playground.now() });
    note(`compare ${index + 1} (${compare.wallMs.toFixed(0)} ms from all ready to all done): long tasks from the click to settled, at ms after the click: ${tasks.map((task) => `${task.duration.toFixed(0)} ms at ${(task.start - before).toFixed(0)}`).join(', ') || 'none'}`);
  }
});
