/** Connects the run store to the training worker: start, pause, resume, stop. */
import { useCallback, useRef, useSyncExternalStore } from 'react';
import { TrainingClient, type RunHandle } from '../../training/client';
import type { BackendRequest } from '../../training/protocol';
import { applyProgress, describeSummary, type RunState, type RunStore } from './runStore';

export interface RunController {
  state: RunState;
  start: (config: unknown, totalEpochs: number) => void;
  pause: () => void;
  resume: () => void;
  stop: () => void;
}

export function useRunController(store: RunStore, backend: BackendRequest): RunController {
  const state = useSyncExternalStore(store.subscribe, store.getState);
  const clientRef = useRef<TrainingClient | null>(null);
  const runRef = useRef<RunHandle | null>(null);

  const start = useCallback(
    (config: unknown, totalEpochs: number) => {
      clientRef.current ??= new TrainingClient();
      store.setState({ status: 'starting', totalEpochs, lastEpoch: null, epochsSeen: 0, tensorCounts: [], progress: null, log: [], error: null, summary: null });
      runRef.current = clientRef.current.start(config, backend, {
        onBackend: (info) => store.setState({ backend: info, status: 'running' }),
        onProgress: (message) => store.setState((current) => applyProgress(current, message)),
        onAck: (command) => {
          if (command === 'pause') store.setState({ status: 'paused' });
          if (command === 'resume') store.setState({ status: 'running' });
          if (command === 'stop') store.setState({ status: 'stopping' });
        },
        onDone: (summary) =>
          store.setState({
            status: summary.failure ? 'failed' : 'done',
            summary,
            error: summary.failure ? describeSummary(summary) : null,
          }),
        onError: (message) => store.setState({ status: 'failed', error: message }),
      });
    },
    [store, backend],
  );

  return {
    state,
    start,
    pause: () => runRef.current?.pause(),
    resume: () => runRef.current?.resume(),
    stop: () => runRef.current?.stop(),
  };
}
