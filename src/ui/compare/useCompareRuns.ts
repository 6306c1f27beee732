/**
 * Runs a comparison's variants as stacked models (DESIGN.md §7): the
 * variants that share data, architecture, batch size and optimizer shape
 * train as one model in one worker (`stackGroups`), so four or sixteen cost
 * little more than one; variants of another shape form a stack of their
 * own, in a worker of its own. A variant "× N seeds" is N runs
 * (seedRuns.ts). Each run's messages come under its own runId and fold into
 * one `VariantRun` per run, in the order of `plan`.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import { flushSync } from 'react-dom';
import type { CompareConfig } from '../../config/compareConfig';
import { seedRuns, type SeedRun } from '../../config/seedRuns';
import { stackGroups } from '../../config/stackGroups';
import { TrainingClient, type RunHandle, type RunHandlers } from '../../training/client';
import type { BackendRequest } from '../../training/protocol';
import { ChangeQueue, COMPARE_REDRAW_BUDGET, redrawIntervalFor } from './changeQueue';
import { failedRun, finishedRun, startedRun, withInitialLoss, withProgress, type VariantRun } from './variantRun';

/**
 * The panel redraws at most once a second, and batch progress alone shows
 * nothing here, so the variants send a quarter as often as the main run's:
 * sixteen of them would otherwise post 400 messages a second to a main thread
 * that shares two cores with them.
 */
const PROGRESS_INTERVAL_MS = 250;

export interface CompareRuns {
  /** One per entry of `plan`. */
  runs: VariantRun[];
  /** The setup the runs belong to. */
  ranSetup: CompareConfig | null;
  /** Which variant and seed each run is. */
  plan: SeedRun[];
  running: boolean;
  run: (setup: CompareConfig) => void;
  stop: () => void;
}

export function useCompareRuns(backend: BackendRequest): CompareRuns {
  const [runs, setRuns] = useState<VariantRun[]>([]);
  const [ranSetup, setRanSetup] = useState<CompareConfig | null>(null);
  const [plan, setPlan] = useState<SeedRun[]>([]);
  const clients = useRef<TrainingClient[]>([]);
  const handles = useRef<RunHandle[]>([]);
  const changes = useRef<ChangeQueue<VariantRun[]> | null>(null);
  // The panel redraws its charts and table as often as their measured cost allows (changeQueue.ts).
  const redraw = useRef<{ flushedAt: number | null; intervalMs: number }>({ flushedAt: null, intervalMs: COMPARE_REDRAW_BUDGET.minMs });
  useEffect(() => {
    const { flushedAt } = redraw.current;
    if (flushedAt === null) return;
    redraw.current = { flushedAt: null, intervalMs: redrawIntervalFor(performance.now() - flushedAt) };
  }, [runs]);

  const disposeClients = () => {
    changes.current?.cancel();
    for (const client of clients.current) client.dispose();
    clients.current = [];
    handles.current = [];
  };
  useEffect(() => disposeClients, []);

  const run = useCallback(
    (setup: CompareConfig) => {
      changes.current?.cancel();
      const planned = seedRuns(setup);
      const configs = planned.map((entry) => entry.config);
      const groups = stackGroups(configs);
      // Workers stay from one comparison to the next: tfjs is loaded and compiled in them once, not once a run.
      while (clients.current.length > groups.length) clients.current.pop()?.dispose();
      while (clients.current.length < groups.length) clients.current.push(new TrainingClient());
      const now = performance.now();
      setRanSetup(setup);
      setPlan(planned);
      setRuns(planned.map(() => startedRun(now)));
      const queue = new ChangeQueue<VariantRun[]>(
        (change) => {
          redraw.current.flushedAt = performance.now();
          // Rendered in this frame, with the checkpoint list's change of the same second, not in a frame of its own.
          flushSync(() => setRuns(change));
        },
        () => redraw.current.intervalMs,
      );
      changes.current = queue;
      const update = (index: number, change: (current: VariantRun) => VariantRun, urgent = false) =>
        queue.push((current) => current.map((entry, at) => (at === index ? change(entry) : entry)), urgent);
      // The last run to end redraws at once (the Run button comes back); the others wait for the next redraw.
      let ended = 0;
      const variantEnded = () => ++ended === planned.length;
      const handlersFor = (index: number): RunHandlers => ({
        onTrainBegin: (initialLoss) => update(index, (current) => withInitialLoss(current, initialLoss)),
        onProgress: (message) => {
          // Batch progress alone (most messages) changes nothing shown here.
          if (message.epochs.length > 0 || message.events.length > 0) update(index, (current) => withProgress(current, message));
        },
        onDone: (summary) => {
          const endedAt = performance.now();
          update(index, (current) => finishedRun(current, summary, endedAt), variantEnded());
        },
        onError: (message) => {
          const endedAt = performance.now();
          update(index, (current) => failedRun(current, message, endedAt), variantEnded());
        },
      });
      handles.current = groups.flatMap((group, at) => {
        const client = clients.current[at] as TrainingClient;
        const [only] = group;
        // A group of one trains as a solo run, with everything the solo trainer does.
        if (group.length === 1 && only !== undefined) {
          return [client.start(configs[only], backend, handlersFor(only), { boundary: false, progressIntervalMs: PROGRESS_INTERVAL_MS })];
        }
        return client.startStack(group.map((index) => configs[index]), backend, group.map(handlersFor), { progressIntervalMs: PROGRESS_INTERVAL_MS });
      });
    },
    [backend],
  );

  const stop = useCallback(() => {
    for (const handle of handles.current) handle.stop();
  }, []);

  return { runs, ranSetup, plan, running: runs.some((entry) => entry.status === 'running'), run, stop };
}
