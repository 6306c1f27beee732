/**
 * Just the `cnnOverheadRatio` figure of `npm run bench` (bare `fit` of the
 * MNIST CNN lesson's model against the playground running the lesson), for
 * work on what a CNN run costs.
 * `npx tsx scripts/bench/cnnOverheadOnly.ts [epochs=2] [pairs=10] [backend=wasm] [port=4481]`;
 * SKIP_BUILD=1 reuses the last build.
 */
import { BarePage } from './barePage';
import { cnnOverhead } from './cnnOverhead';
import { note } from './log';
import { runBenchPart } from './partSession';
import type { BackendName } from '../../src/training/protocol';

const epochs = Number(process.argv[2] ?? 2);
const pairs = Number(process.argv[3] ?? 10);
const backend = (process.argv[4] ?? 'wasm') as BackendName;
const port = Number(process.argv[5] ?? 4481);
await runBenchPart(port, backend, async ({ session, playground, url }) => {
  const bare = await BarePage.open(await session.context.newPage(), url);
  await bare.spawn(1, backend);
  const figure = await cnnOverhead(bare, playground, epochs, pairs);
  const load = (await import('node:os')).loadavg().map((value) => value.toFixed(1)).join(' ');
  note(JSON.stringify({ backend, epochs, pairs, cnnOverheadRatio: figure.ratio, cnnOverheadRatioIqr: figure.iqr, load }));
});
