/**
 * The stored checkpoints as the panel shows them: listed on load and again
 * after every save a worker reports, with the storage estimate; deleting
 * one or all. The page opens its own store over the same database as the worker.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import { openCheckpointStore, storageEstimate, type CheckpointStore, type LoadedCheckpoint, type RunCheckpoints, type StorageUsage } from '../../storage';
import { subscribeCheckpointActivity } from '../../training/client';

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

/** Saves can come every few milliseconds; the list is read again at most this often. */
const REFRESH_DELAY_MS = 150;

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

export function useCheckpointList(): CheckpointList {
  const [runs, setRuns] = useState<RunCheckpoints[] | null>(null);
  const [usage, setUsage] = useState<StorageUsage | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const storeRef = useRef<Promise<CheckpointStore> | null>(null);

  const store = useCallback(() => (storeRef.current ??= openCheckpointStore()), []);

  const refresh = useCallback(async () => {
    try {
      const [listed, estimate] = await Promise.all([(await store()).listCheckpoints(), storageEstimate()]);
      setRuns(listed);
      setUsage(estimate);
    } catch (error) {
      setProblem(`The checkpoints could not be read: ${messageOf(error)}`);
    }
  }, [store]);

  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | null = null;
    const refreshSoon = (delayMs: number) => {
      timer ??= setTimeout(() => {
        timer = null;
        void refresh();
      }, delayMs);
    };
    refreshSoon(0);
    const unsubscribe = subscribeCheckpointActivity((activity) => {
      if (activity.kind === 'failed') setProblem(activity.message);
      refreshSoon(REFRESH_DELAY_MS);
    });
    return () => {
      unsubscribe();
      if (timer !== null) clearTimeout(timer);
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
