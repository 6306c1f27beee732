/**
 * Runs every variant of a comparison at once, each in its own training
 * worker (one `TrainingClient` per variant, kept for the next comparison),
 * and folds their messages into one `VariantRun` per variant. Fairness comes from the configs: the same
 * seed, data, model and fit settings give the same initial weights and
 * shuffling in every worker. They start training together (StartTogether).
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import { flushSync } from 'react-dom';
import type { CompareConfig } from '../../config/compareConfig';
import { withSharedSettings } from '../../config/compareConfig';
import { TrainingClient, type RunHandle } from '../../training/client';
import type { BackendRequest } from '../../training/protocol';
import { ChangeQueue, COMPARE_REDRAW_BUDGET, redrawIntervalFor } from './changeQueue';
import { retireMostWorn } from './retireMostWorn';
import { StartTogether } from './startTogether';
import { failedRun, finishedRun, startedRun, withInitialLoss, withProgress, type VariantRun } from './variantRun';

/**
 * The panel redraws at most once a second, and batch progress alone shows
 * nothing here, so the workers send a quarter as often as the main run's:
 * four of them would otherwise post 100 messages a second to a main thread
 * that shares two cores with them.
 */
const PROGRESS_INTERVAL_MS = 250;

export interface CompareRuns {
  runs: VariantRun[];
  /** The setup the runs belong to. */
  ranSetup: CompareConfig | null;
  running: boolean;
  run: (setup: CompareConfig) => void;
  stop: () => void;
}

export function useCompareRuns(backend: BackendRequest): CompareRuns {
  const [runs, setRuns] = useState<VariantRun[]>([]);
  const [ranSetup, setRanSetup] = useState<CompareConfig | null>(null);
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
      // Workers stay from one comparison to the next: tfjs is loaded and compiled in them once, not once a run.
      while (clients.current.length > setup.variants.length) clients.current.pop()?.dispose();
      // A worn worker is replaced after a comparison, one at a time (retireMostWorn), not as its own run ends.
      while (clients.current.length < setup.variants.length) clients.current.push(new TrainingClient({ retireWhenWorn: false }));
      const now = performance.now();
      setRanSetup(setup);
      setRuns(setup.variants.map(() => startedRun(now)));
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
      /** Counts a variant's end and says whether it was the last; after the last, the most worn worker may be replaced. */
      const variantEnded = () => {
        const last = ++ended === setup.variants.length;
        if (last) retireMostWorn(clients.current);
        return last;
      };
      const together = new StartTogether(setup.variants.length, () => {
        for (const handle of handles.current) handle.resume();
      });
      handles.current = setup.variants.map((variant, index) => {
        const handle = (clients.current[index] as TrainingClient).start(withSharedSettings(variant.config, setup.base), backend, {
          onTrainBegin: (initialLoss) => {
            together.settle(index);
            update(index, (current) => withInitialLoss(current, initialLoss));
          },
          onProgress: (message) => {
            // Batch progress alone (most messages) changes nothing shown here.
            if (message.epochs.length > 0 || message.events.length > 0) update(index, (current) => withProgress(current, message));
          },
          onDone: (summary) => {
            const endedAt = performance.now();
            together.settle(index);
            update(index, (current) => finishedRun(current, summary, endedAt), variantEnded());
          },
          onError: (message) => {
            const endedAt = performance.now();
            together.settle(index);
            update(index, (current) => failedRun(current, message, endedAt), variantEnded());
          },
        }, { boundary: false, progressIntervalMs: PROGRESS_INTERVAL_MS });
        // Held before its first step until every variant is ready: see StartTogether.
        handle.pause();
        return handle;
      });
    },
    [backend],
  );

  const stop = useCallback(() => {
    for (const handle of handles.current) handle.stop();
  }, []);

  return { runs, ranSetup, running: runs.some((entry) => entry.status === 'running'), run, stop };
}
