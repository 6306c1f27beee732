/**
 * The panel's own training worker, started on first use: it restores a
 * checkpoint into a model and evaluates it. Its own, because the page's main
 * worker may be training. (Resuming a run is the main run's job: see
 * `useTrainingSession`'s `resumeFrom`.)
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { BackendRequest, RestoredCheckpoint } from '../../training/protocol';
import { TrainingClient } from '../../training/client';

export interface RestoreState {
  checkpointId: string;
  result: RestoredCheckpoint | null;
  error: string | null;
}

export function usePanelWorker(backend: BackendRequest) {
  const clientRef = useRef<TrainingClient | null>(null);
  const [restore, setRestore] = useState<RestoreState | null>(null);

  useEffect(
    () => () => {
      clientRef.current?.dispose();
      clientRef.current = null;
    },
    [],
  );

  const restoreCheckpoint = useCallback(
    async (checkpointId: string) => {
      setRestore({ checkpointId, result: null, error: null });
      try {
        clientRef.current ??= new TrainingClient();
        const result = await clientRef.current.restoreCheckpoint(checkpointId, backend);
        setRestore({ checkpointId, result, error: null });
      } catch (error) {
        setRestore({ checkpointId, result: null, error: error instanceof Error ? error.message : String(error) });
      }
    },
    [backend],
  );

  return { restore, restoreCheckpoint };
}
