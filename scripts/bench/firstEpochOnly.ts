/**
 * Just `firstEpochMs` of `npm run bench`: the default lesson on cold pages.
 * `npx tsx scripts/bench/firstEpochOnly.ts [trials] [backend] [port]`;
 * SKIP_BUILD=1 reuses the last build.
 */
import type { BackendRequest } from '../../src/training/protocol';
import { launch } from './browser';
import { firstEpochMs, READ_MS } from './firstEpoch';
import { note } from './log';
import { build, serve } from './server';

const trials = Number(process.argv[2] ?? 5);
const backend = (process.argv[3] ?? 'wasm') as BackendRequest;
const port = Number(process.argv[4] ?? 4481);
if (process.env['SKIP_BUILD'] !== '1') build();
const server = await serve(port);
const session = await launch();
try {
  note(`${trials} cold pages (a fresh context each, default lesson, ?backend=${backend}), Train clicked ${READ_MS} ms after it shows`);
  const ms = await firstEpochMs(session.browser, server.url, backend, trials);
  const load = (await import('node:os')).loadavg().map((value) => value.toFixed(1)).join(' ');
  note(JSON.stringify({ backend, firstEpochMs: Math.round(ms), load }));
} finally {
  await session.close();
  server.close();
}
