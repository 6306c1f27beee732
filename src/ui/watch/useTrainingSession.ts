/**
 * Connects the run session store to the training worker. The worker does all
 * the work; this only forwards commands and folds messages into the store.
 */
import { useCallback, useEffect, useRef } from 'react';
import type { RunConfig } from '../../config/runConfig';
import { TrainingClient, type RunHandle } from '../../training/client';
import type { BackendRequest } from '../../training/protocol';
import { applyProgress, describeEnding, startedSession, type RunSessionStore } from './runSession';

export interface TrainingControls {
  train: (config: RunConfig) => void;
  pause: () => void;
  resume: () => void;
  stop: () => void;
}

export function useTrainingSession(store: RunSessionStore, backend: BackendRequest): TrainingControls {
  const clientRef = useRef<TrainingClient | null>(null);
  const runRef = useRef<RunHandle | null>(null);

  useEffect(
    () => () => {
      clientRef.current?.dispose();
      clientRef.current = null;
    },
    [],
  );

  const train = useCallback(
    (config: RunConfig) => {
      clientRef.current ??= new TrainingClient();
      store.setState(startedSession(config.fit.epochs, performance.now()));
      runRef.current = clientRef.current.start(config, backend, {
        onBackend: (info) => store.setState({ backend: info, status: 'running' }),
        onProgress: (message) => store.setState((state) => applyProgress(state, message)),
        onBoundaryData: (boundaryData) => store.setState({ boundaryData }),
        onAck: (command) => {
          if (command === 'pause') store.setState({ status: 'paused' });
          if (command === 'resume') store.setState({ status: 'running' });
          if (command === 'stop') store.setState({ status: 'stopping' });
        },
        onDone: (summary) =>
          store.setState({
            status: summary.failure ? 'failed' : 'done',
            summary,
            error: summary.failure ? describeEnding(summary) : null,
          }),
        onError: (message) => store.setState({ status: 'failed', error: message }),
      });
    },
    [store, backend],
  );

  const pause = useCallback(() => runRef.current?.pause(), []);
  const resume = useCallback(() => runRef.current?.resume(), []);
  const stop = useCallback(() => runRef.current?.stop(), []);
  return { train, pause, resume, stop };
}
