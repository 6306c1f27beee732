/**
 * Just the overhead figure of `npm run bench` (bare `fit` against the
 * playground, with its A/A calibration), for work on what a run costs.
 * `npx tsx scripts/bench/overheadOnly.ts [epochs] [pairs] [backend] [port]`;
 * SKIP_BUILD=1 reuses the last build.
 */
import { BarePage } from './barePage';
import { bareConfig, playgroundConfig } from './benchConfig';
import { note } from './log';
import { overheadRatios } from './overhead';
import { runBenchPart } from './partSession';
import type { BackendName } from '../../src/training/protocol';

const epochs = Number(process.argv[2] ?? 50);
const pairs = Number(process.argv[3] ?? 8);
const backend = (process.argv[4] ?? 'wasm') as BackendName;
const port = Number(process.argv[5] ?? 4481);
await runBenchPart(port, backend, async ({ session, playground, url }) => {
  const bare = await BarePage.open(await session.context.newPage(), url);
  await bare.spawn(1, backend);
  await playground.run(playgroundConfig(4));
  await bare.fit(bareConfig(4));
  const { overheadFigure, aaFigure } = await overheadRatios(bare, playground, epochs, pairs);
  const load = (await import('node:os')).loadavg().map((value) => value.toFixed(1)).join(' ');
  note(JSON.stringify({ backend, epochs, pairs, overheadRatio: overheadFigure.ratio, overheadRatioIqr: overheadFigure.iqr, aaRatioIqr: aaFigure.iqr, load }));
});
