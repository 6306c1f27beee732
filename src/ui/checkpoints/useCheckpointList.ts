/**
 * The stored checkpoints as the panel shows them, with the storage estimate:
 * listed on load, after a delete and after a failed save; a save a worker
 * reports is added from the report itself, on the next whole second with
 * every other save since (four compare workers may save several times a
 * second, and each frame of its own costs a layout and a paint). Reading
 * every record again on each save cost more the more entries there were,
 * and its read transaction held up the worker's next writes (per-epoch file
 * names fell seconds behind).
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
import { beatAtOrAfter, SECOND_BEAT_MS } from '../state/liveBeat';

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

/** After a failed save the list is read again, at most this often. */
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
    const pending: Partial<Record<'list' | 'shown', () => void>> = {};
    let saved: CheckpointSummary[] = [];
    /** The storage estimate read after the last change shown, to show with the next one. */
    let estimate: StorageUsage | null = null;
    const showChanges = () => {
      delete pending.shown;
      const adding = saved;
      const usage = estimate;
      saved = [];
      estimate = null;
      // Rendered at once, in this frame with the other views of this second, not in a frame of its own after it.
      flushSync(() => {
        if (adding.length > 0) setRuns((current) => (current === null ? current : adding.reduce(withSavedEntry, current)));
        if (usage) setUsage(usage);
      });
      if (adding.length > 0) {
        void storageEstimate().then((read) => {
          estimate = read;
          showSoon();
        }, () => undefined);
      }
    };
    /** Saves and the estimate show on the next whole second (SECOND_BEAT_MS), however many came before it. */
    const showSoon = () => {
      pending.shown ??= inFrameAt(beatAtOrAfter(performance.now(), SECOND_BEAT_MS), showChanges);
    };
    const refreshSoon = (delayMs: number) => {
      pending.list ??= inFrameAt(beatAtOrAfter(performance.now() + delayMs), () => {
        delete pending.list;
        void refresh();
      });
    };
    refreshSoon(0);
    const unsubscribe = subscribeCheckpointActivity((activity) => {
      if (activity.kind === 'runEnded') {
        // A run's last saves show with its end, in the next frame, not up to a second after it.
        if (pending.shown) {
          pending.shown();
          pending.shown = inFrameAt(performance.now(), showChanges);
        }
        return;
      }
      if (activity.kind === 'failed') {
        setProblem(activity.message);
        refreshSoon(REFRESH_DELAY_MS);
        return;
      }
      saved.push(activity.entry);
      savedDuringRead.current?.push(activity.entry);
      showSoon();
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
