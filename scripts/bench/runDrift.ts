/**
 * Whether a run gets slower the more runs the page's training worker has
 * done: N pairs of a bare fit and a playground run, each printed with its
 * time per epoch and the CPU each Chromium thread spent on it (from /proc).
 * `npx tsx scripts/bench/runDrift.ts [backend=cpu] [runs=10] [epochs=50] [port=4481]`;
 * SKIP_BUILD=1 reuses the last build; DRIFT_STACK=none trains the playground
 * without callbacks; DRIFT_BARE=none leaves out the bare fits (so a V8 trace
 * holds only the playground's worker).
 */
import { BarePage } from './barePage';
import { bareConfig, playgroundConfig } from './benchConfig';
import { note } from './log';
import { runBenchPart } from './partSession';
import { cpuSince, cpuSnapshot } from './threadCpu';
import type { BackendName } from '../../src/training/protocol';

const backend = (process.argv[2] ?? 'cpu') as BackendName;
const runs = Number(process.argv[3] ?? 10);
const epochs = Number(process.argv[4] ?? 50);
const port = Number(process.argv[5] ?? 4481);
/** Threads that spent less than this (ms of CPU an epoch) are left out of a line. */
const SHOWN_FROM_MS = 1;
const playgroundRun = process.env['DRIFT_STACK'] === 'none' ? bareConfig : playgroundConfig;

await runBenchPart(port, backend, async ({ session, playground, url }) => {
  const bare = process.env['DRIFT_BARE'] === 'none' ? null : await BarePage.open(await session.context.newPage(), url);
  await bare?.spawn(1, backend);
  await playground.run(playgroundConfig(4));
  note(`run 0 is the worker's second (a 4-epoch warm-up was its first)`);
  for (let index = 0; index < runs; index++) {
    const fit = (await bare?.fit(bareConfig(epochs))) ?? { seconds: Number.NaN, epochs };
    const before = cpuSnapshot();
    const run = await playground.run(playgroundRun(epochs));
    const threads = [...cpuSince(before, cpuSnapshot())]
      .map(([thread, ms]) => [thread.replace(/#\d+/, ''), ms / epochs] as const)
      .filter(([, perEpoch]) => perEpoch >= SHOWN_FROM_MS)
      .map(([thread, perEpoch]) => `${thread} ${perEpoch.toFixed(1)}`);
    const playMs = ((run.done.summary?.seconds ?? Number.NaN) / epochs) * 1000;
    note(`[drift] run ${index}: bare ${((fit.seconds / fit.epochs) * 1000).toFixed(1)}, playground ${playMs.toFixed(1)} ms/epoch; playground CPU ms/epoch: ${threads.join(', ')}`);
  }
});
