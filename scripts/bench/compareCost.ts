/**
 * Where a compare run's main-thread time goes: the page's main-thread busy
 * time (CDP Performance.getMetrics: TaskDuration, ScriptDuration, Layout,
 * style) over one main-page run and over a compare of four, against their
 * wall time. `npx tsx scripts/bench/compareCost.ts [epochs] [backend] [port]`;
 * SKIP_BUILD=1 reuses the last build.
 */
import { compareRun, singleRun } from './compareRun';
import { runBenchPart } from './partSession';
import { note } from './log';
import type { BackendName } from '../../src/training/protocol';

const epochs = Number(process.argv[2] ?? 20);
const backend = (process.argv[3] ?? 'wasm') as BackendName;
const port = Number(process.argv[4] ?? 4481);
const profile = process.env['PROFILE'] === '1';
const METRICS = ['TaskDuration', 'ScriptDuration', 'LayoutDuration', 'RecalcStyleDuration'] as const;

interface ProfileNode { id: number; callFrame: { functionName: string; url: string; lineNumber: number }; children?: number[] }

/** Self time per function (sampled), the top 25; build with PLATEAU_BENCH_UNMINIFIED=1 for names. */
function printHottest(cpu: { nodes: ProfileNode[]; samples?: number[]; timeDeltas?: number[] }): void {
  const byId = new Map(cpu.nodes.map((node) => [node.id, node]));
  const self = new Map<string, number>();
  (cpu.samples ?? []).forEach((id, index) => {
    const frame = byId.get(id)?.callFrame;
    const key = frame ? `${frame.functionName || '(anonymous)'} ${frame.url.split('/').pop() ?? ''}:${frame.lineNumber + 1}` : '?';
    self.set(key, (self.get(key) ?? 0) + (cpu.timeDeltas?.[index] ?? 0) / 1000);
  });
  for (const [key, ms] of [...self].sort((a, b) => b[1] - a[1]).slice(0, 25)) note(`    ${ms.toFixed(0).padStart(6)} ms  ${key}`);
  const byFile = new Map<string, number>();
  for (const [key, ms] of self) {
    const file = key.split(' ').pop()?.replace(/:\d+$/, '') || '(native)';
    byFile.set(file, (byFile.get(file) ?? 0) + ms);
  }
  note(`    by file: ${[...byFile].sort((a, b) => b[1] - a[1]).slice(0, 8).map(([file, ms]) => `${file} ${ms.toFixed(0)} ms`).join(', ')}`);
}

await runBenchPart(port, backend, async ({ session, playground }) => {
  const cdp = await session.context.newCDPSession(playground.page);
  await cdp.send('Performance.enable');
  if (profile) await cdp.send('Profiler.enable');
  const metrics = async (): Promise<Record<string, number>> => {
    const { metrics: list } = await cdp.send('Performance.getMetrics');
    return Object.fromEntries(list.map((metric) => [metric.name, metric.value]));
  };
  await singleRun(playground, epochs);
  await compareRun(playground, epochs, 4);
  for (const [label, go] of [['one run (Train)', () => singleRun(playground, epochs)], ['four (compare)', () => compareRun(playground, epochs, 4)]] as const) {
    const before = await metrics();
    if (profile) await cdp.send('Profiler.start');
    const started = Date.now();
    const run = await go();
    const elapsed = Date.now() - started;
    const after = await metrics();
    if (profile) printHottest((await cdp.send('Profiler.stop')).profile);
    const busy = METRICS.map((name) => `${name} ${(((after[name] ?? 0) - (before[name] ?? 0)) * 1000).toFixed(0)} ms`).join(', ');
    note(`${label}: wall ${run.wallMs.toFixed(0)} ms (all ready → all done), ${elapsed} ms from the click; main thread: ${busy}`);
  }
});
