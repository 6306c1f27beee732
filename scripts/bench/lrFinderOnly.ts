/**
 * Just `lrFinderMs` of `npm run bench`, for work on the range test.
 * `npx tsx scripts/bench/lrFinderOnly.ts [warm repeats] [port]`; SKIP_BUILD=1 reuses the last build.
 */
import { lrFinderMs } from './lrFinder';
import { note } from './log';
import { runBenchPart } from './partSession';

const repeats = Number(process.argv[2] ?? 5);
const port = Number(process.argv[3] ?? 4491);
await runBenchPart(port, 'wasm', async ({ session, url }) => {
  const cold = await lrFinderMs(session.browser, url, repeats);
  note(JSON.stringify({ backend: 'wasm', lrFinderMs: cold }));
});
