/**
 * The panel's own training worker, started on first use: it restores a
 * checkpoint into a model and evaluates it, or carries a run on from a
 * checkpoint. Its own, because the page's main worker may be training.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import { epochRows, type BackendRequest, type RestoredCheckpoint, type RunSummary } from '../../training/protocol';
import { TrainingClient, type RunHandle } from '../../training/client';

export interface ResumedRun {
  checkpointId: string;
  status: 'starting' | 'running' | 'stopping' | 'done' | 'failed';
  /** The epoch the run carries on from, 0-based. */
  initialEpoch: number | null;
  /** Epochs done so far, stored history included. */
  epochsDone: number;
  totalEpochs: number;
  /** The last epoch's logs, stored or new. */
  lastLogs: Record<string, number> | null;
  message: string | null;
}

export interface RestoreState {
  checkpointId: string;
  result: RestoredCheckpoint | null;
  error: string | null;
}

function describeEnd(summary: RunSummary): string {
  if (summary.failure) return `Failed: ${summary.failure.message}`;
  if (summary.stopped) return `Stopped by ${summary.stopped.by} after epoch ${summary.epochsRun}.`;
  return `Finished: ${summary.epochsRun} epochs.`;
}

export function usePanelWorker(backend: BackendRequest) {
  const clientRef = useRef<TrainingClient | null>(null);
  const runRef = useRef<RunHandle | null>(null);
  const [restore, setRestore] = useState<RestoreState | null>(null);
  const [resumed, setResumed] = useState<ResumedRun | null>(null);

  useEffect(
    () => () => {
      clientRef.current?.dispose();
      clientRef.current = null;
    },
    [],
  );

  const client = () => (clientRef.current ??= new TrainingClient());

  const restoreCheckpoint = useCallback(
    async (checkpointId: string) => {
      setRestore({ checkpointId, result: null, error: null });
      try {
        const result = await client().restoreCheckpoint(checkpointId, backend);
        setRestore({ checkpointId, result, error: null });
      } catch (error) {
        setRestore({ checkpointId, result: null, error: error instanceof Error ? error.message : String(error) });
      }
    },
    [backend],
  );

  const resumeFrom = useCallback(
    (checkpointId: string, config: unknown, totalEpochs: number) => {
      const update = (patch: Partial<ResumedRun>) => setResumed((current) => (current ? { ...current, ...patch } : current));
      setResumed({ checkpointId, status: 'starting', initialEpoch: null, epochsDone: 0, totalEpochs, lastLogs: null, message: null });
      runRef.current = client().start(
        config,
        backend,
        {
          onResumed: (from) => update({ initialEpoch: from.initialEpoch, status: 'running' }),
          onProgress: (message) =>
            setResumed((current) => {
              if (!current) return current;
              const rows = message.epochs.flatMap(epochRows);
              const last = rows.at(-1);
              return last ? { ...current, epochsDone: last.epoch + 1, lastLogs: last.logs } : current;
            }),
          onAck: (command) => command === 'stop' && update({ status: 'stopping' }),
          onDone: (summary) => update({ status: summary.failure ? 'failed' : 'done', message: describeEnd(summary) }),
          onError: (message) => update({ status: 'failed', message }),
        },
        { resumeFrom: checkpointId },
      );
    },
    [backend],
  );

  const stopResumed = useCallback(() => runRef.current?.stop(), []);

  return { restore, restoreCheckpoint, resumed, resumeFrom, stopResumed };
}
