/**
 * Connects the run session store to the training worker. The worker does all
 * the work; this only forwards commands and folds messages into the store.
 * A fresh run and one resumed from a checkpoint are the same run to the page:
 * the resumed one's stored history arrives as its first progress message.
 */
import { useCallback, useEffect, useMemo, useRef } from 'react';
import type { RunConfig } from '../../config/runConfig';
import { TrainingClient, type RunHandle, type RunHandlers } from '../../training/client';
import type { BackendRequest, RangeTestOutcome } from '../../training/protocol';
import type { RangeTestSettings } from '../../callbacks/rangeTest/rangeTestSettings';
import { coachKeeping, withRememberedCoach } from '../lrCoach/coachMemoryRun';
import { remembers } from '../lrCoach/coachRun';
import { createStore, type Store } from '../state/createStore';
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
  /** Lets `auto` time the backends on this config's model before Train is pressed (a no-op while a run trains, or when a backend is forced). */
  measure: (config: RunConfig) => void;
  /** Gets the worker ready to train `config` (backend started, model built) before Train is pressed; no run starts. */
  prepare: (config: RunConfig) => void;
  /** The setup the worker has built and waits to train, until a run starts; null when none. A store of its own, so that only Train redraws. */
  prepared: Store<{ config: RunConfig | null }>;
  /** The learning-rate range test, in the same worker the next run trains in (so that run finds it warm). */
  findLearningRate: (config: RunConfig, settings: RangeTestSettings) => Promise<RangeTestOutcome>;
  /** Starts the worker and its backend early, when a request is likely soon. */
  prepareWorker: () => void;
}

function sessionHandlers(store: RunSessionStore): RunHandlers {
  return {
    onBackend: (info) => store.setState({ backend: info, status: 'running' }),
    onDataLoaded: (dataLoad) => store.setState({ dataLoad }),
    onResumed: (from) => store.setState((state) => applyResumed(state, from)),
    onProgress: (message) => store.setState((state) => applyProgress(state, message)),
    onBoundaryData: (boundaryData) => store.setState({ boundaryData }),
    onClassSamples: (classSamples) => store.setState({ classSamples }),
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
  const prepared = useMemo(() => createStore<{ config: RunConfig | null }>({ config: null }), []);

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
      prepared.setState({ config: null });
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
    [store, backend, prepared],
  );

  const resumeFrom = useCallback(
    ({ checkpoint, config }: ResumeRequest) => {
      clientRef.current ??= new TrainingClient();
      store.setState(resumedSession(checkpoint, config.fit.epochs, performance.now(), config));
      runRef.current = clientRef.current.start(config, backend, sessionHandlers(store), { resumeFrom: checkpoint.checkpointId });
    },
    [store, backend],
  );

  const prepare = useCallback(
    (config: RunConfig) => {
      clientRef.current ??= new TrainingClient();
      clientRef.current.prepare(config, backend, () => prepared.setState({ config }));
    },
    [backend, prepared],
  );

  const pause = useCallback(() => runRef.current?.pause(), []);
  const resume = useCallback(() => runRef.current?.resume(), []);
  const stop = useCallback(() => runRef.current?.stop(), []);
  const measure = useCallback(
    (config: RunConfig) => {
      if (backend !== 'auto') return;
      clientRef.current ??= new TrainingClient();
      clientRef.current.measureBackends(config);
    },
    [backend],
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
    clientRef.current.startBackend(backend);
  }, [backend]);

  return { train, resumeFrom, pause, resume, stop, measure, prepare, prepared, findLearningRate, prepareWorker };
}
