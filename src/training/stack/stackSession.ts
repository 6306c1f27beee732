/**
 * A worker's side of a stacked comparison: the variants' configs parsed,
 * one stacked run trained (stackedTrainer.ts), and each variant's progress,
 * checkpoints and end posted under its own runId, as a solo run's are, so
 * the page folds them exactly as it folds separate runs.
 */
import { readyDataset } from '../datasets/readyDataset';
import { problemsToText } from '../../config/parseResult';
import { parseRunConfig, type RunConfig } from '../../config/runConfig';
import type { CheckpointStore } from '../../storage';
import { IndexedDbCheckpointSink } from '../indexedDbCheckpointSink';
import { prepareRun } from '../prepareRun';
import { flushIntervalFor, ProgressBatcher, type Timer } from '../progressBatcher';
import type { BackendInfo, PageToWorker, WorkerToPage } from '../protocol';
import type { RunControl } from '../runControl';
import { newRunId } from '../runId';
import { runSummary } from '../runSummary';
import { trainStacked } from './stackedTrainer';

export interface StackSessionDeps {
  post: (message: WorkerToPage) => void;
  timer: Timer;
  store: () => Promise<CheckpointStore>;
  /** Given the first variant's config, for `auto` to time its model. */
  chooseBackend: (config: RunConfig) => Promise<BackendInfo>;
}

function parsedConfigs(raw: readonly unknown[]): RunConfig[] {
  return raw.map((config, index) => {
    const parsed = parseRunConfig(config);
    if (!parsed.ok) throw new Error(`invalid config of variant ${index + 1}:\n${problemsToText(parsed.problems)}`);
    return parsed.value;
  });
}

export async function runStack(deps: StackSessionDeps, message: Extract<PageToWorker, { type: 'startStack' }>, control: RunControl): Promise<void> {
  const { post, timer } = deps;
  const configs = parsedConfigs(message.configs);
  await readyDataset((configs[0] as RunConfig).dataset);
  const backend = await deps.chooseBackend(configs[0] as RunConfig);
  for (const runId of message.runIds) post({ type: 'backend', runId, backend });
  const prepared = prepareRun(configs[0] as RunConfig);
  prepared.compiled.dispose();
  const interval = flushIntervalFor(message.options?.progressIntervalMs);
  const batchers = message.runIds.map((runId) => new ProgressBatcher(runId, post, timer, interval));
  const sinks = configs.map(
    (config, index) =>
      new IndexedDbCheckpointSink({
        store: deps.store,
        runId: newRunId(),
        config,
        report: (activity) => batchers[index]?.onCheckpoint(activity),
        onQuotaExceeded: () => undefined,
      }),
  );
  const started = performance.now();
  const results = await trainStacked({
    configs,
    data: prepared.data,
    sinks,
    control,
    listeners: batchers,
    onInitialLoss: (variant, initialLoss) => post({ type: 'trainBegin', runId: message.runIds[variant] as number, initialLoss }),
  });
  results.forEach((result, index) => {
    const runId = message.runIds[index] as number;
    batchers[index]?.flush();
    post({ type: 'done', runId, summary: runSummary(result, started) });
  });
}
