/**
 * Where a trial's CPU goes, by Chromium process and thread: bare `fit`
 * against the playground, whole (`full`), with its tab behind another
 * (`hidden`: nothing drawn until the run has ended) and without
 * ModelCheckpoint (`noCheckpoint`); and four bare fits at once (`bare4`)
 * against a compare of four (`compare4`, and `compare4hidden` with the tab
 * behind another). CPU time from /proc, so it holds on a
 * loaded machine where wall time does not. Each trial's window runs from
 * typing the config to the page settling after `done`.
 * `npx tsx scripts/bench/cpuParts.ts [epochs] [rounds] [backend] [port] [variants,…]`
 */
import { BarePage } from './barePage';
import { bareConfig, playgroundConfig } from './benchConfig';
import { COMPARE_RUNS } from './compare';
import { compareRun } from './compareRun';
import { note } from './log';
import { runBenchPart } from './partSession';
import { median } from './stats';
import { cpuSince, cpuSnapshot } from './threadCpu';
import type { BackendName } from '../../src/training/protocol';

const epochs = Number(process.argv[2] ?? 50);
const rounds = Number(process.argv[3] ?? 4);
const backend = (process.argv[4] ?? 'wasm') as BackendName;
const port = Number(process.argv[5] ?? 4481);
const chosen = (process.argv[6] ?? 'bare,full,hidden,noCheckpoint').split(',');
/** Threads that used less than this (ms of CPU an epoch) in every variant are left out of the table. */
const SHOWN_FROM_MS = 0.3;

await runBenchPart(port, backend, async ({ session, playground, url }) => {
  const bare = await BarePage.open(await session.context.newPage(), url);
  const withoutCheckpoint = { ...playgroundConfig(epochs), callbacks: playgroundConfig(epochs).callbacks.filter((entry) => entry.type !== 'ModelCheckpoint') };
  const variants: Record<string, () => Promise<unknown>> = {
    bare: () => bare.fit(bareConfig(epochs)),
    full: () => playground.run(playgroundConfig(epochs)),
    noCheckpoint: () => playground.run(withoutCheckpoint),
    hidden: async () => {
      const { startIndex, startedAt } = await playground.start(playgroundConfig(epochs));
      await bare.page.bringToFront();
      await playground.finish(startIndex, startedAt, 600_000);
      await playground.settle();
    },
    bare4: () => bare.fitAll(bareConfig(epochs), COMPARE_RUNS),
    compare4: () => compareRun(playground, epochs, COMPARE_RUNS),
    compare4hidden: () => compareRun(playground, epochs, COMPARE_RUNS, () => bare.page.bringToFront()),
  };
  const names = chosen.filter((name) => name in variants);
  const compares = names.some((name) => name.startsWith('compare') || name === 'bare4');
  await bare.spawn(compares ? COMPARE_RUNS : 1, backend);
  await playground.run(playgroundConfig(4));
  await bare.fitAll(bareConfig(4));
  if (compares) await compareRun(playground, 4, COMPARE_RUNS);


  const cpu = new Map(names.map((name) => [name, new Map<string, number[]>()]));
  const windows = new Map(names.map((name) => [name, [] as number[]]));
  /** What a parallel run measures itself: from all ready to all done. */
  const walls = new Map(names.map((name) => [name, [] as number[]]));
  for (let round = 0; round < rounds; round++) {
    for (let index = 0; index < names.length; index++) {
      const name = names[(index + round) % names.length] as string;
      const before = cpuSnapshot();
      const started = Date.now();
      const result = await variants[name]?.();
      windows.get(name)?.push(Date.now() - started);
      if (result && typeof result === 'object' && 'wallMs' in result && typeof result.wallMs === 'number') walls.get(name)?.push(result.wallMs);
      for (const [thread, ms] of cpuSince(before, cpuSnapshot())) {
        const perThread = cpu.get(name) as Map<string, number[]>;
        perThread.set(thread, [...(perThread.get(thread) ?? []), ms / epochs]);
      }
    }
  }

  const perEpoch = (name: string, thread: string) => median(cpu.get(name)?.get(thread) ?? [0]);
  const threads = [...new Set(names.flatMap((name) => [...(cpu.get(name)?.keys() ?? [])]))].filter((thread) => names.some((name) => perEpoch(name, thread) >= SHOWN_FROM_MS)).sort();
  const row = (label: string, value: (name: string) => number) => note(`${label.padEnd(44)}${names.map((name) => value(name).toFixed(1).padStart(13)).join('')}`);
  note(`CPU ms per epoch, median of ${rounds} trials of ${epochs} epochs (the window: typing the config to the page settled after done)`);
  note(`${''.padEnd(44)}${names.map((name) => name.padStart(13)).join('')}`);
  row('window wall ms per epoch', (name) => median(windows.get(name) ?? []) / epochs);
  row('all ready → all done, ms per epoch', (name) => median(walls.get(name)?.length ? (walls.get(name) ?? []) : [0]) / epochs);
  row('all threads', (name) => threads.reduce((sum, thread) => sum + perEpoch(name, thread), 0));
  for (const thread of threads) row(thread, (name) => perEpoch(name, thread));
});
