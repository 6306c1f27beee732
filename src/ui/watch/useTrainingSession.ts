/**
 * Connects the run session store to the training worker. The worker does all
 * the work; this only forwards commands and folds messages into the store.
 * A fresh run and one resumed from a checkpoint are the same run to the page:
 * the resumed one's stored history arrives as its first progress message.
 */
import { useCallback, useEffect, useRef } from 'react';
import type { RunConfig } from '../../config/runConfig';
import { TrainingClient, type RunHandle, type RunHandlers } from '../../training/client';
import type { BackendRequest, RangeTestOutcome } from '../../training/protocol';
import type { RangeTestSettings } from '../../callbacks/rangeTest/rangeTestSettings';
import { coachKeeping, withRememberedCoach } from '../lrCoach/coachMemoryRun';
import { remembers } from '../lrCoach/coachRun';
import { applyProgress, applyResumed, describeEnding, resumedSession, startedSession, type ResumeSource, type RunSessionStore } from './runSession';

/** A stored checkpoint to carry on from, and the config it was saved with (the worker trains with that config). */
export interface ResumeRequest {
  checkpoint: Omit<ResumeSource, 'initialEpoch'>;
  config: RunConfig;
}

export interface TrainingControls {
  train: (config: RunConfig) => void;
  /** Carries a run on from a checkpoint, in the page's main run: charts, counter and log continue. */
  resumeFrom: (request: ResumeRequest) => void;
  pause: () => void;
  resume: () => void;
  stop: () => void;
  /** The learning-rate range test, in the same worker the next run trains in (so that run finds it warm). */
  findLearningRate: (config: RunConfig, settings: RangeTestSettings) => Promise<RangeTestOutcome>;
  /** Starts the worker and its backend early, when a request is likely soon. */
  prepareWorker: () => void;
}

function sessionHandlers(store: RunSessionStore): RunHandlers {
  return {
    onBackend: (info) => store.setState({ backend: info, status: 'running' }),
    onDataLoaded: (dataLoad) => store.setState({ dataLoad }),
    onResumed: (from) => store.setState((state) => applyResumed(state, from.initialEpoch)),
    onProgress: (message) => store.setState((state) => applyProgress(state, message)),
    onBoundaryData: (boundaryData) => store.setState({ boundaryData }),
    onAck: (command) => {
      if (command === 'pause') store.setState({ status: 'paused' });
      if (command === 'resume') store.setState({ status: 'running' });
      if (command === 'stop') store.setState({ status: 'stopping' });
    },
    onDone: (summary) =>
      store.setState((state) => ({
        status: summary.failure ? 'failed' : 'done',
        summary,
        error: summary.failure ? describeEnding(summary, state.resumedFrom?.initialEpoch) : null,
      })),
    onError: (message) => store.setState({ status: 'failed', error: message }),
  };
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
      store.setState(startedSession(config.fit.epochs, performance.now(), config));
      if (!remembers(config)) {
        runRef.current = clientRef.current.start(config, backend, sessionHandlers(store));
        return;
      }
      // LR Coach's memory goes to the worker with this run only; what the run learned is kept when it ends.
      const client = clientRef.current;
      void withRememberedCoach(config).then(({ sent, previous }) => {
        if (store.getState().config !== config) return;
        runRef.current = client.start(sent, backend, coachKeeping(sessionHandlers(store), store, config, previous));
      });
    },
    [store, backend],
  );

  const resumeFrom = useCallback(
    ({ checkpoint, config }: ResumeRequest) => {
      clientRef.current ??= new TrainingClient();
      store.setState(resumedSession(checkpoint, config.fit.epochs, performance.now(), config));
      runRef.current = clientRef.current.start(config, backend, sessionHandlers(store), { resumeFrom: checkpoint.checkpointId });
    },
    [store, backend],
  );

  const findLearningRate = useCallback(
    (config: RunConfig, settings: RangeTestSettings) => {
      clientRef.current ??= new TrainingClient();
      return clientRef.current.findLearningRate(config, backend, settings);
    },
    [backend],
  );

  const prepareWorker = useCallback(() => {
    clientRef.current ??= new TrainingClient();
    clientRef.current.prepare(backend);
  }, [backend]);

  const pause = useCallback(() => runRef.current?.pause(), []);
  const resume = useCallback(() => runRef.current?.resume(), []);
  const stop = useCallback(() => runRef.current?.stop(), []);
  return { train, resumeFrom, pause, resume, stop, findLearningRate, prepareWorker };
}
