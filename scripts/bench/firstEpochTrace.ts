/**
 * A Chrome trace of one `firstEpochMs` trial, from the page's load (so the
 * worker's profiler starts before the click) to the first epoch drawn, for `traceSummary.ts` to read (build with
 * PLATEAU_BENCH_UNMINIFIED=1 for readable names).
 * `npx tsx scripts/bench/firstEpochTrace.ts [backend] [port] [out=/tmp/plateau-first-epoch.json]`; SKIP_BUILD=1 reuses the last build.
 */
import { writeFileSync } from 'node:fs';
import type { BackendRequest } from '../../src/training/protocol';
import { launch } from './browser';
import { firstEpochTrial } from './firstEpoch';
import { note } from './log';
import { build, serve } from './server';

const backend = (process.argv[2] ?? 'wasm') as BackendRequest;
const port = Number(process.argv[3] ?? 4481);
const out = process.argv[4] ?? '/tmp/plateau-first-epoch.json';
if (process.env['SKIP_BUILD'] !== '1') build();
const server = await serve(port);
const session = await launch();
try {
  const trial = await firstEpochTrial(session.browser, server.url, backend, undefined, {
    opened: (page) => session.browser.startTracing(page, { categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'v8.execute', 'disabled-by-default-v8.cpu_profiler', 'blink.user_timing', 'toplevel'] }),
    after: async () => writeFileSync(out, await session.browser.stopTracing()),
  });
  note(`click → first epoch drawn ${trial.clickToEpochMs.toFixed(0)} ms (prepared: ${trial.prepared}); ${trial.timeline}`);
} finally {
  // The server first: a browser that fails to close must not leave it answering on the port.
  server.close();
  await session.close();
}
