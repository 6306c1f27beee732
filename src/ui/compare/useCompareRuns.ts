/**
 * Runs every variant of a comparison at once, each in its own training
 * worker (one `TrainingClient` per variant), and folds their messages into
 * one `VariantRun` per variant. Fairness comes from the configs: the same
 * seed, data, model and fit settings give the same initial weights and
 * shuffling in every worker. They start training together (StartTogether).
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { CompareConfig } from '../../config/compareConfig';
import { withSharedSettings } from '../../config/compareConfig';
import { TrainingClient, type RunHandle } from '../../training/client';
import type { BackendRequest } from '../../training/protocol';
import { StartTogether } from './startTogether';
import { failedRun, finishedRun, startedRun, withInitialLoss, withProgress, type VariantRun } from './variantRun';

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

  const disposeClients = () => {
    for (const client of clients.current) client.dispose();
    clients.current = [];
    handles.current = [];
  };
  useEffect(() => disposeClients, []);

  const run = useCallback(
    (setup: CompareConfig) => {
      disposeClients();
      const now = performance.now();
      setRanSetup(setup);
      setRuns(setup.variants.map(() => startedRun(now)));
      const update = (index: number, change: (current: VariantRun) => VariantRun) =>
        setRuns((current) => current.map((entry, at) => (at === index ? change(entry) : entry)));
      clients.current = setup.variants.map(() => new TrainingClient());
      const together = new StartTogether(setup.variants.length, () => {
        for (const handle of handles.current) handle.resume();
      });
      handles.current = setup.variants.map((variant, index) => {
        const handle = (clients.current[index] as TrainingClient).start(withSharedSettings(variant.config, setup.base), backend, {
          onTrainBegin: (initialLoss) => {
            together.settle(index);
            update(index, (current) => withInitialLoss(current, initialLoss));
          },
          onProgress: (message) => update(index, (current) => withProgress(current, message)),
          onDone: (summary) => {
            together.settle(index);
            update(index, (current) => finishedRun(current, summary, performance.now()));
          },
          onError: (message) => {
            together.settle(index);
            update(index, (current) => failedRun(current, message, performance.now()));
          },
        }, { boundary: false });
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
