/**
 * The bare run panel's state: what the worker last reported, in a tiny
 * store (getState / setState / subscribe) that React reads with
 * `useSyncExternalStore`. Pure: no React, no worker.
 */
import { epochRows, type BackendInfo, type RunProgress, type RunSummary } from '../../training/protocol';
import type { ProgressMessage } from '../../training/client';

export type RunStatus = 'idle' | 'starting' | 'running' | 'paused' | 'stopping' | 'done' | 'failed';

export interface EpochView {
  epoch: number;
  logs: Record<string, number>;
  lrDuring: number;
  lrAfter: number;
  seconds: number;
  tensors: number;
}

export interface RunState {
  status: RunStatus;
  totalEpochs: number;
  backend: BackendInfo | null;
  lastEpoch: EpochView | null;
  epochsSeen: number;
  /** The worker's tensor count after each epoch, by epoch. */
  tensorCounts: number[];
  progress: RunProgress | null;
  log: string[];
  error: string | null;
  summary: RunSummary | null;
}

export const INITIAL_RUN_STATE: RunState = {
  status: 'idle',
  totalEpochs: 0,
  backend: null,
  lastEpoch: null,
  epochsSeen: 0,
  tensorCounts: [],
  progress: null,
  log: [],
  error: null,
  summary: null,
};

const LOG_LINES_KEPT = 200;

export interface RunStore {
  getState: () => RunState;
  setState: (update: Partial<RunState> | ((state: RunState) => Partial<RunState>)) => void;
  subscribe: (listener: () => void) => () => void;
}

export function createRunStore(initial: RunState = INITIAL_RUN_STATE): RunStore {
  let state = initial;
  const listeners = new Set<() => void>();
  return {
    getState: () => state,
    setState: (update) => {
      const patch = typeof update === 'function' ? update(state) : update;
      state = { ...state, ...patch };
      for (const listener of listeners) listener();
    },
    subscribe: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

/** Folds one progress message from the worker into the state. */
export function applyProgress(state: RunState, message: ProgressMessage): Partial<RunState> {
  let { lastEpoch, epochsSeen } = state;
  const tensorCounts = [...state.tensorCounts];
  for (const group of message.epochs) {
    for (const row of epochRows(group)) {
      lastEpoch = row;
      tensorCounts[row.epoch] = row.tensors;
      epochsSeen += 1;
    }
  }
  const lines = [
    ...message.events.map((event) => `${event.callback}: ${event.message}`),
    ...message.warnings.map((warning) => `${warning.callback} warning: ${warning.message}`),
    ...message.messages.map((printed) => `${printed.callback}: ${printed.message}`),
  ];
  return {
    lastEpoch,
    epochsSeen,
    tensorCounts,
    progress: message.progress ?? state.progress,
    log: lines.length > 0 ? [...state.log, ...lines].slice(-LOG_LINES_KEPT) : state.log,
  };
}

/** How the end of a run reads in the panel. */
export function describeSummary(summary: RunSummary): string {
  const { failure, stopped, epochsRun } = summary;
  if (failure) {
    const where = [
      failure.callback,
      failure.hook,
      failure.epoch === null ? null : `epoch ${failure.epoch + 1}`,
      failure.batch === null ? null : `batch ${failure.batch}`,
      failure.line === null ? null : `line ${failure.line}`,
    ].filter((part) => part !== null);
    return `Run failed after ${epochsRun} epochs: ${failure.message}${where.length > 0 ? ` (${where.join(', ')})` : ''}`;
  }
  if (stopped) return `Stopped by ${stopped.by} after ${epochsRun} epochs.`;
  return `Finished ${epochsRun} epochs.`;
}
