/**
 * Exact counters over short runs on each side: kernels (tf.profile) in one
 * run, reads (Tensor.prototype wrappers) in two more, so that the profiler's
 * own work never shows up as reads. Kernels per batch = over the whole run
 * (model build, every epoch's shuffling, validation and callbacks included)
 * divided by the training batches it ran. Reads per batch are the training
 * loop's: the reads a run of 2N epochs makes beyond a run of N, over the
 * batches it trains beyond them, so the reads a run makes once (the loss
 * before the first step, the test set after the last) cancel out; the
 * whole-run figure is printed beside it.
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
  /** Over a whole run of `batches` batches. */
  reads: ReadCounts;
  /** The training loop's reads per batch: (reads of 2N epochs − reads of N) / (batches of 2N − batches of N). */
  loopReadsPerBatch: { sync: number; async: number };
}

/** Runs `epochs` epochs and returns how many batches they trained. */
type CountedRun = (epochs: number) => Promise<number>;

async function counted(worker: Worker, epochs: number, run: CountedRun): Promise<SideCounts> {
  await prepareWorker(worker);
  await worker.evaluate(installWorkerProbe);
  await worker.evaluate(startKernels);
  const batches = await run(epochs);
  const kernels = await worker.evaluate(stopKernels);
  await worker.evaluate(startReads);
  await run(epochs);
  const reads = await worker.evaluate(stopReads);
  await worker.evaluate(startReads);
  const longerBatches = await run(2 * epochs);
  const longerReads = await worker.evaluate(stopReads);
  const extraBatches = longerBatches - batches;
  const loopReadsPerBatch = { sync: (longerReads.sync - reads.sync) / extraBatches, async: (longerReads.async - reads.async) / extraBatches };
  return { batches, kernels, reads, loopReadsPerBatch };
}

export async function bareCounts(bare: BarePage, epochs: number): Promise<SideCounts> {
  return counted(await bare.worker(), epochs, async (count) => {
    const fit = await bare.fit(bareConfig(count));
    return fit.epochs * fit.steps;
  });
}

export async function playgroundCounts(playground: Playground, epochs: number, steps: number): Promise<SideCounts & { tensorsBefore: number; tensorsAfter: number }> {
  const worker = await playground.trainingWorker();
  const before = await worker.evaluate(numTensors);
  let tensorsAfter = Number.NaN;
  const counts = await counted(worker, epochs, async (count) => {
    const { summary } = (await playground.run(playgroundConfig(count))).done;
    tensorsAfter = summary?.tensorsAfterRun ?? Number.NaN;
    return (summary?.epochsRun ?? 0) * steps;
  });
  return { ...counts, tensorsBefore: before, tensorsAfter };
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
  note(`${label}: reads over the whole run ${counts.reads.sync} sync, ${counts.reads.async} async = ${(counts.reads.async / counts.batches).toFixed(3)} async a batch; by tensor shape: ${readsByShape(counts.reads)}`);
  note(`${label}: the training loop's reads a batch (a run twice as long, less this one): ${counts.loopReadsPerBatch.sync.toFixed(3)} sync, ${counts.loopReadsPerBatch.async.toFixed(3)} async`);
}
