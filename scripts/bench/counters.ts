/**
 * Exact counters over one short run on each side: kernels (tf.profile) in
 * one run, reads (Tensor.prototype wrappers) in another, so that the
 * profiler's own work never shows up as reads. Per batch = over the whole
 * run (model build, every epoch's shuffling, validation and callbacks
 * included) divided by the training batches it ran.
 */
import type { Worker } from '@playwright/test';
import type { BarePage } from './barePage';
import { bareConfig, playgroundConfig } from './benchConfig';
import { prepareWorker } from './browser';
import { note } from './log';
import type { Playground } from './playground';
import { installWorkerProbe, numTensors, startKernels, startReads, stopKernels, stopReads, type KernelCounts, type ReadCounts } from './workerProbe';

export interface SideCounts {
  batches: number;
  kernels: KernelCounts;
  reads: ReadCounts;
}

async function counted<T>(worker: Worker, run: () => Promise<T>): Promise<{ kernels: KernelCounts; reads: ReadCounts; results: T[] }> {
  await prepareWorker(worker);
  await worker.evaluate(installWorkerProbe);
  await worker.evaluate(startKernels);
  const first = await run();
  const kernels = await worker.evaluate(stopKernels);
  await worker.evaluate(startReads);
  const second = await run();
  const reads = await worker.evaluate(stopReads);
  return { kernels, reads, results: [first, second] };
}

export async function bareCounts(bare: BarePage, epochs: number): Promise<SideCounts> {
  const worker = await bare.worker();
  const { kernels, reads, results } = await counted(worker, () => bare.fit(bareConfig(epochs)));
  const batches = (results[0]?.epochs ?? 0) * (results[0]?.steps ?? 0);
  return { batches, kernels, reads };
}

export async function playgroundCounts(playground: Playground, epochs: number, steps: number): Promise<SideCounts & { tensorsBefore: number; tensorsAfter: number }> {
  const worker = await playground.trainingWorker();
  const before = await worker.evaluate(numTensors);
  const { kernels, reads, results } = await counted(worker, () => playground.run(playgroundConfig(epochs)));
  const epochsRun = results[0]?.done.summary?.epochsRun ?? 0;
  return { batches: epochsRun * steps, kernels, reads, tensorsBefore: before, tensorsAfter: results[1]?.done.summary?.tensorsAfterRun ?? Number.NaN };
}

function topKernels(counts: KernelCounts, batches: number): string {
  return Object.entries(counts.byName)
    .sort((a, b) => b[1] - a[1])
    .slice(0, 8)
    .map(([name, count]) => `${name} ${(count / batches).toFixed(1)}`)
    .join(', ');
}

function readsByShape(reads: ReadCounts): string {
  const parts = Object.entries(reads.byShape).map(([shape, count]) => `${shape}: ${count.async} async, ${count.sync} sync`);
  return parts.length > 0 ? parts.join('; ') : 'none';
}

export function printCounts(label: string, counts: SideCounts): void {
  note(`${label}: ${counts.batches} training batches; ${counts.kernels.kernels} kernels = ${(counts.kernels.kernels / counts.batches).toFixed(1)} a batch (most per batch: ${topKernels(counts.kernels, counts.batches)})`);
  note(`${label}: reads ${counts.reads.sync} sync, ${counts.reads.async} async; by tensor shape: ${readsByShape(counts.reads)}`);
}
