/**
 * `firstEpochMs` of two builds in the same minutes, trials interleaved ABBA,
 * so the machine's load falls on both alike: A is a build copied aside
 * earlier (`BASE_DIR`), B the current checkout's bench build.
 * `BASE_DIR=/tmp/fe-base npx tsx scripts/bench/firstEpochAB.ts [pairs] [backend] [port]`; SKIP_BUILD=1 reuses the last build.
 */
import { spawn } from 'node:child_process';
import { loadavg } from 'node:os';
import type { BackendRequest } from '../../src/training/protocol';
import { launch } from './browser';
import { firstEpochTrial, type FirstEpochTrial } from './firstEpoch';
import { note } from './log';
import { build, ensurePortFree } from './server';
import { describe } from './stats';
import { BENCH_OUT_DIR, PROJECT_ROOT } from './vite.config';

const pairs = Number(process.argv[2] ?? 4);
const backend = (process.argv[3] ?? 'wasm') as BackendRequest;
const port = Number(process.argv[4] ?? 4481);
const baseDir = process.env['BASE_DIR'];
if (!baseDir) throw new Error('BASE_DIR: the folder of the build to compare with');
if (process.env['SKIP_BUILD'] !== '1') build();

async function serveDir(dir: string): Promise<{ url: string; close(): void; exited: Promise<void> }> {
  await ensurePortFree(port);
  const child = spawn(process.execPath, [`${PROJECT_ROOT}node_modules/vite/bin/vite.js`, 'preview', '--config', 'scripts/bench/vite.config.ts', '--outDir', dir, '--host', 'localhost', '--port', String(port), '--strictPort'], { cwd: PROJECT_ROOT, stdio: 'ignore' });
  const url = `http://localhost:${port}`;
  for (let tries = 0; ; tries++) {
    // Another server on the port (say one left running) would answer for this one: --strictPort makes this one exit.
    if (child.exitCode !== null) throw new Error(`vite preview exited (code ${child.exitCode}): is port ${port} taken?`);
    try {
      if ((await fetch(`${url}/`)).ok) break;
    } catch {
      if (tries > 150) throw new Error('vite preview did not answer');
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  return {
    url,
    close: () => {
      child.kill();
    },
    exited: new Promise<void>((resolve) => (child.exitCode !== null ? resolve() : child.once('exit', () => resolve()))),
  };
}

const session = await launch();
const results: Record<'A' | 'B', FirstEpochTrial[]> = { A: [], B: [] };
const loads: number[] = [];
try {
  const order = Array.from({ length: pairs }, (_, index) => (index % 2 === 0 ? ['A', 'B'] : ['B', 'A'])).flat() as ('A' | 'B')[];
  for (const which of order) {
    const server = await serveDir(which === 'A' ? baseDir : BENCH_OUT_DIR);
    try {
      const trial = await firstEpochTrial(session.browser, server.url, backend);
      results[which].push(trial);
      loads.push(loadavg()[0] ?? 0);
      note(`${which}: ${trial.clickToEpochMs.toFixed(0)} ms (prepared ${trial.prepared}, load ${loadavg()[0]?.toFixed(1)}); ${process.env['FIRST_EPOCH_DETAIL'] === '1' ? trial.timeline : ''}`);
    } finally {
      server.close();
      await server.exited;
    }
  }
} finally {
  await session.close();
}
for (const which of ['A', 'B'] as const) {
  const clicks = results[which].map((trial) => trial.clickToEpochMs);
  note(`${which} (${which === 'A' ? baseDir : 'this checkout'}): ${describe(clicks, ' ms')}; prepared in ${results[which].filter((trial) => trial.prepared).length} of ${clicks.length}`);
}
note(`load average during the trials: ${describe(loads, '')}`);
