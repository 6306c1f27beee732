/**
 * Just the compare figures of `npm run bench` (bare and playground ratios
 * of N runs to one, four by default), for work on the compare panel's cost.
 * `npx tsx scripts/bench/compareOnly.ts [epochs] [reps] [backend] [port] [runs=4]`;
 * SKIP_BUILD=1 reuses the last build.
 */
import { BarePage } from './barePage';
import { COMPARE_HOW, COMPARE_RUNS, compareRatios } from './compare';
import { runBenchPart } from './partSession';
import { note } from './log';
import type { BackendName } from '../../src/training/protocol';

const epochs = Number(process.argv[2] ?? 20);
const reps = Number(process.argv[3] ?? 3);
const backend = (process.argv[4] ?? 'wasm') as BackendName;
const port = Number(process.argv[5] ?? 4481);
const runs = Number(process.argv[6] ?? COMPARE_RUNS);
await runBenchPart(port, backend, async ({ session, playground, url }) => {
  const bare = await BarePage.open(await session.context.newPage(), url);
  await bare.spawn(1, backend);
  for (const how of COMPARE_HOW) note(how);
  const figures = await compareRatios(bare, playground, backend, epochs, reps, runs);
  const load = (await import('node:os')).loadavg().map((value) => value.toFixed(1)).join(' ');
  note(JSON.stringify({ backend, epochs, reps, [`compare${runs}RunsWallRatio`]: figures.playground, [`compare${runs}RunsWallRatioBare`]: figures.bare, load }));
});
