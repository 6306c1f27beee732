/**
 * The stored checkpoints as the panel shows them, with the storage estimate:
 * listed on load, after a delete and after a failed save; a save a worker
 * reports is added from the report itself. Reading every record again on
 * each save cost more the more entries there were, and its read transaction
 * held up the worker's next writes (per-epoch file names fell seconds behind).
 * The page opens its own store over the same database as the worker.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import { flushSync } from 'react-dom';
import {
  openCheckpointStore,
  storageEstimate,
  withSavedEntry,
  type CheckpointStore,
  type CheckpointSummary,
  type LoadedCheckpoint,
  type RunCheckpoints,
  type StorageUsage,
} from '../../storage';
import { subscribeCheckpointActivity } from '../../training/client';
import { inFrameAt } from '../state/frameAt';
import { beatAtOrAfter } from '../state/liveBeat';

export interface CheckpointList {
  runs: RunCheckpoints[] | null;
  usage: StorageUsage | null;
  /** The last thing that went wrong (a save that did not fit, a failed delete), for an alert. */
  problem: string | null;
  refresh: () => Promise<void>;
  load: (id: string) => Promise<LoadedCheckpoint | null>;
  remove: (id: string) => Promise<void>;
  removeAll: () => Promise<void>;
  report: (problem: string | null) => void;
}

/** Saves can come every few milliseconds: they are added to the list (on the live beat), and the list (after a failure) and the estimate read again, at most this often. */
const REFRESH_DELAY_MS = 150;
const USAGE_DELAY_MS = 1_000;

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

export function useCheckpointList(): CheckpointList {
  const [runs, setRuns] = useState<RunCheckpoints[] | null>(null);
  const [usage, setUsage] = useState<StorageUsage | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const storeRef = useRef<Promise<CheckpointStore> | null>(null);

  const store = useCallback(() => (storeRef.current ??= openCheckpointStore()), []);

  // Saves reported while a listing is being read may be missing from it: they are added again when it lands.
  const savedDuringRead = useRef<CheckpointSummary[] | null>(null);

  const refresh = useCallback(async () => {
    const saved: CheckpointSummary[] = [];
    savedDuringRead.current = saved;
    try {
      const [listed, estimate] = await Promise.all([(await store()).listCheckpoints(), storageEstimate()]);
      setRuns(saved.reduce(withSavedEntry, listed));
      setUsage(estimate);
    } catch (error) {
      setProblem(`The checkpoints could not be read: ${messageOf(error)}`);
    } finally {
      if (savedDuringRead.current === saved) savedDuringRead.current = null;
    }
  }, [store]);

  useEffect(() => {
    const pending: Partial<Record<'list' | 'saved' | 'usage', () => void>> = {};
    /** Runs `work` in the frame of the first live beat `delayMs` from now, once however often asked before then. */
    const soon = (job: keyof typeof pending, delayMs: number, work: () => void) => {
      pending[job] ??= inFrameAt(beatAtOrAfter(performance.now() + delayMs), () => {
        delete pending[job];
        work();
      });
    };
    let saved: CheckpointSummary[] = [];
    const addSaved = () => {
      const adding = saved;
      saved = [];
      // Rendered at once, in this frame with the other live views, not in a frame of its own after it.
      flushSync(() => setRuns((current) => (current === null ? current : adding.reduce(withSavedEntry, current))));
    };
    soon('list', 0, () => void refresh());
    const unsubscribe = subscribeCheckpointActivity((activity) => {
      if (activity.kind === 'failed') {
        setProblem(activity.message);
        soon('list', REFRESH_DELAY_MS, () => void refresh());
        return;
      }
      saved.push(activity.entry);
      savedDuringRead.current?.push(activity.entry);
      soon('saved', REFRESH_DELAY_MS, addSaved);
      soon('usage', USAGE_DELAY_MS, () => void storageEstimate().then(setUsage, () => undefined));
    });
    return () => {
      unsubscribe();
      for (const cancel of Object.values(pending)) cancel();
    };
  }, [refresh]);

  const load = useCallback(async (id: string) => (await store()).loadCheckpoint(id), [store]);

  const remove = useCallback(
    async (id: string) => {
      try {
        await (await store()).deleteCheckpoint(id);
      } catch (error) {
        setProblem(`Checkpoint ${id} could not be deleted: ${messageOf(error)}`);
      }
      await refresh();
    },
    [store, refresh],
  );

  const removeAll = useCallback(async () => {
    try {
      await (await store()).deleteAll();
    } catch (error) {
      setProblem(`The checkpoints could not be deleted: ${messageOf(error)}`);
    }
    await refresh();
  }, [store, refresh]);

  return { runs, usage, problem, refresh, load, remove, removeAll, report: setProblem };
}
