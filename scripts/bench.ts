/**
 * `npm run bench`: the cost of the playground against bare tfjs and against
 * tfjs-vis (DESIGN.md §3, issue 10). Prints how it measured each figure and
 * ends with one line of JSON. `--backend=cpu|wasm|webgl|webgpu`, `--quick`.
 */
import { parseArgs } from './bench/args';
import { BarePage } from './bench/barePage';
import { bareConfig, playgroundConfig } from './bench/benchConfig';
import { launch } from './bench/browser';
import { appBundles } from './bench/bundleSize';
import { stackedMaxRelDiff } from './bench/stackedDiff';
import { COMPARE_HOW, COMPARE_RUNS_MANY, compareRatios } from './bench/compare';
import { autoBackendRegret } from './bench/backendRegret';
import { cnnOverhead } from './bench/cnnOverhead';
import { firstEpochMs, READ_MS } from './bench/firstEpoch';
import { bareCounts, playgroundCounts, printCounts } from './bench/counters';
import { liveRun } from './bench/liveRun';
import { lrFinderMs } from './bench/lrFinder';
import { note, section } from './bench/log';
import { OVERHEAD_MARGIN, overheadRatios } from './bench/overhead';
import { Playground } from './bench/playground';
import { jsonLine, printVerdicts } from './bench/report';
import { build, serve } from './bench/server';
import { describe, median, p95 } from './bench/stats';
import { stopLatencies } from './bench/stopLatency';
import { emptySeries, runPair } from './bench/timing';
import { BENCH_OUT_DIR } from './bench/vite.config';
import { defaultRunConfig } from '../src/config/runConfig';
import type { BackendName } from '../src/training/protocol';

const args = parseArgs(process.argv.slice(2));
// A timing trial is as long as the run a learner gets by pressing Train, so a run's start and end weigh in it as they do for them.
const DEFAULT_EPOCHS = defaultRunConfig().fit.epochs;
const plan = args.quick
  ? { trialEpochs: 2, pairs: 2, visPairs: 1, visEpochs: 1, countEpochs: 2, liveEpochs: 10, stopCycles: 2, compareEpochs: 2, compareReps: 1, saves: 5, cnnEpochs: 1, cnnPairs: 1, regretEpochs: { defaultLesson: 10, cnnLesson: 1 }, coldPages: 2 }
  : { trialEpochs: DEFAULT_EPOCHS, pairs: 15, visPairs: 4, visEpochs: 2, countEpochs: 4, liveEpochs: 200, stopCycles: 20, compareEpochs: 30, compareReps: 7, saves: 20, cnnEpochs: 2, cnnPairs: 10, regretEpochs: { defaultLesson: 50, cnnLesson: 3 }, coldPages: 7 };
const startedAt = Date.now();

section(`setup${args.quick ? ' (--quick: a few epochs and pairs, to prove the harness; not for verdicts)' : ''}`);
note(`built app + bench.html with vite in ${build().toFixed(1)} s into ${BENCH_OUT_DIR}`);
const bundles = appBundles(BENCH_OUT_DIR);
note(`main-thread JS of a first visit (entry + static imports, gzip): ${bundles.main.gzipKB.toFixed(1)} kB in ${bundles.main.files.join(', ')}`);
note(`training worker (entry + static imports, gzip; backends loaded on demand excluded): ${bundles.worker.gzipKB.toFixed(1)} kB in ${bundles.worker.files.join(', ')}`);
const server = await serve(args.port);
const session = await launch();
try {
  // First, while no other tab of this session is open: each cold page gets a fresh context of its own.
  const coldBackend = args.backend === 'auto' ? 'wasm' : args.backend;
  section(`first epoch: ${plan.coldPages} cold pages (a fresh context each, default lesson, ?backend=${coldBackend}), Train clicked ${READ_MS} ms after it shows`);
  const firstEpoch = await firstEpochMs(session.browser, server.url, coldBackend, plan.coldPages).catch((error: unknown) => {
    note(`not measured: ${error instanceof Error ? error.message : String(error)}`);
    return null;
  });

  const playground = await Playground.open(await session.context.newPage(), server.url, args.backend);
  const bare = await BarePage.open(await session.context.newPage(), server.url);
  note(`one Chromium session, two tabs: the playground (${server.url}/${args.backend === 'auto' ? '' : `?backend=${args.backend}`}) and bench.html (bare workers, tfjs-vis)`);
  note(`playground driven through the ${Playground.how}`);

  section('warm-up (discarded)');
  const warm = await playground.run(playgroundConfig(plan.countEpochs));
  const backendMessage = (await playground.messagesSince(warm.startIndex + 1)).find((message) => message.type === 'backend');
  const backend = (backendMessage?.backend ?? '').split(' ')[0] as BackendName;
  note(`the playground runs on ${backendMessage?.backend ?? '?'}`);
  note(`bare workers run on ${await bare.spawn(1, backend)}`);
  const warmBare = await bare.fit(bareConfig(plan.countEpochs));
  const steps = warmBare.steps;
  note(`model 2→32→32→1, 1,000 spiral points (800 train, 200 validation), Adam, batch 32: ${steps} training batches an epoch`);

  section('counters (exact; one run for kernels, two for reads)');
  const bareCount = await bareCounts(bare, plan.countEpochs);
  const playCount = await playgroundCounts(playground, plan.countEpochs, steps);
  printCounts('bare fit', bareCount);
  printCounts('playground', playCount);

  section(`timing: ${plan.pairs} bare/playground pairs in ABBA order, interleaved with ${plan.pairs} A/A pairs (bare/bare), ${plan.trialEpochs} epochs a trial`);
  const { overhead, overheadFigure, aaFigure } = await overheadRatios(bare, playground, plan.trialEpochs, plan.pairs, OVERHEAD_MARGIN);

  section(`tfjs-vis: ${plan.visPairs} bare/tfjs-vis pairs (ABBA), ${plan.visEpochs} epoch(s) a trial, fitCallbacks on bench.html's main thread`);
  const vis = emptySeries();
  const visTrial = async () => {
    const trial = await bare.visFit(bareConfig(plan.visEpochs), backend);
    return trial.seconds / trial.epochs;
  };
  const bareVisTrial = async () => {
    const trial = await bare.fit(bareConfig(plan.visEpochs));
    return trial.seconds / trial.epochs;
  };
  for (let pair = 0; pair < plan.visPairs; pair++) await runPair(vis, pair, bareVisTrial, visTrial);
  note(`tfjs-vis s/epoch: ${describe(vis.b)}; bare/tfjs-vis per pair: ${describe(vis.ratios)}`);

  section(`live run: ${plan.liveEpochs} epochs with the full stack${args.quick ? ' (--quick; the goal is judged on 200)' : ''}`);
  const live = await liveRun(playground, plan.liveEpochs);

  section(`stop latency: ${plan.stopCycles} Pause/Resume cycles and a Stop during one run`);
  const latency = await stopLatencies(playground, plan.stopCycles);
  const pressToAck = latency.stop === null ? latency.pause : [...latency.pause, latency.stop];
  note(`Pause → ack: ${describe(latency.pause, ' ms')}; Resume → ack: ${describe(latency.resume, ' ms')}; Stop → ack: ${latency.stop === null ? 'not reached' : `${latency.stop.toFixed(1)} ms`}`);
  if (latency.failure) note(`the cycles ended early: ${latency.failure}`);

  section(`checkpoint: ${plan.saves} ModelCheckpoint saves of the model in a worker, the trainer's path (ModelPort.saveCheckpoint + flushSaves)`);
  const saves = await bare.checkpointSaves(bareConfig(1), plan.saves);
  const saveMs = median(saves.millis.slice(1));
  const bareEpochMs = median(overhead.a) * 1000;
  note(`sink: ${saves.sink}; first save ${saves.millis[0]?.toFixed(2)} ms (excluded), then ${describe(saves.millis.slice(1), ' ms')}; share of a bare epoch (${bareEpochMs.toFixed(1)} ms)`);

  section(`compare: ${plan.compareReps} rep(s) of one vs four runs, ${plan.compareEpochs} epochs each, bare and playground interleaved, 1-then-4 and 4-then-1 alternating`);
  for (const how of COMPARE_HOW) note(how);
  const compare = await compareRatios(bare, playground, backend, plan.compareEpochs, plan.compareReps);
  section(`compare: ${plan.compareReps} rep(s) of one vs ${COMPARE_RUNS_MANY} runs, as above`);
  const compareMany = await compareRatios(bare, playground, backend, plan.compareEpochs, plan.compareReps, COMPARE_RUNS_MANY);

  const stackEpochs = args.quick ? 3 : 20;
  section(`stacked: 16 variants of the default lesson as one stack against each alone, ${stackEpochs} epochs, cpu backend in node`);
  const stackedDiff = stackedMaxRelDiff(stackEpochs);

  section(`CNN: ${plan.cnnPairs} bare/playground pair(s) in ABBA order of the MNIST CNN lesson, ${plan.cnnEpochs} epoch(s) a trial, after one of each discarded`);
  const cnn = await cnnOverhead(bare, playground, plan.cnnEpochs, plan.cnnPairs);

  section(`auto's pick: the default lesson (${plan.regretEpochs.defaultLesson} epochs) and the CNN lesson (${plan.regretEpochs.cnnLesson}) on every backend, forced, against the one auto picked`);
  const autoPlayground = args.backend === 'auto' ? playground : await Playground.open(await session.context.newPage(), server.url, 'auto');
  const regret = await autoBackendRegret(bare, autoPlayground, plan.regretEpochs);

  section('range test: "Find a learning rate" on the default lesson, wasm');
  const lrFinder = await lrFinderMs(session.browser, server.url, args.quick ? 1 : 5);

  const line = {
    backend,
    epochsPerSecBare: 1 / median(overhead.a),
    epochsPerSecPlayground: 1 / median(overhead.b),
    overheadRatio: overheadFigure.ratio,
    overheadRatioIqr: overheadFigure.iqr,
    aaRatioIqr: aaFigure.iqr,
    tfjsVisOverheadRatio: median(vis.ratios),
    kernelsPerBatchBare: bareCount.kernels.kernels / bareCount.batches,
    kernelsPerBatchPlayground: playCount.kernels.kernels / playCount.batches,
    syncReadsPerBatch: playCount.loopReadsPerBatch.sync,
    asyncReadsPerBatch: playCount.loopReadsPerBatch.async,
    longTasksOver50ms: live.longTasks,
    rafIntervalP95Ms: live.rafP95,
    workerMessagesPerSec: live.messagesPerSec,
    stopLatencyP95Ms: pressToAck.length > 0 ? p95(pressToAck) : null,
    tensorsGrowthPerEpoch: live.growthPerEpoch,
    mainBundleGzipKB: bundles.main.gzipKB,
    workerBundleGzipKB: bundles.worker.gzipKB,
    checkpointSaveMs: saveMs,
    checkpointSaveShareOfEpoch: saveMs / bareEpochMs,
    compare4RunsWallRatio: compare.playground,
    compare4RunsWallRatioBare: compare.bare,
    compare16RunsWallRatio: compareMany.playground,
    compare16RunsWallRatioBare: compareMany.bare,
    stackedMaxRelDiff: stackedDiff,
    firstEpochMs: firstEpoch,
    lrFinderMs: lrFinder,
    cnnOverheadRatio: cnn.ratio,
    autoBackendRegret: regret.worst,
  };
  printVerdicts(line, { overheadMargin: OVERHEAD_MARGIN, tensorsBefore: live.tensorsBefore, tensorsAfter: live.tensorsAfter });
  note(`\nbench took ${((Date.now() - startedAt) / 1000).toFixed(0)} s on a machine with load average ${(await import('node:os')).loadavg().map((load) => load.toFixed(1)).join(' ')}`);
  note(jsonLine(line));
} finally {
  await session.close();
  server.close();
}
