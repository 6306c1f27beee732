/**
 * Everything the page keeps about the current run: the full epoch history
 * (charts downsample it for drawing, never the data), every callback event,
 * warning and message, progress, and how the run ended. Pure: the worker's
 * messages are folded in by `applyProgress`; no React, no worker.
 */
import type { CallbackEvent, CallbackMessage, CallbackWarning } from '../../callbacks';
import type { ProgressMessage } from '../../training/client';
import { epochRows, type BackendInfo, type CallbackStates, type BoundaryData, type BoundaryFrame, type EpochRow, type RunProgress, type RunSummary } from '../../training/protocol';
import { createStore, type Store } from '../state/createStore';

export type RunStatus = 'idle' | 'starting' | 'running' | 'paused' | 'stopping' | 'done' | 'failed';

export interface RunSessionState {
  status: RunStatus;
  totalEpochs: number;
  backend: BackendInfo | null;
  /** One row per finished epoch, in order. */
  history: EpochRow[];
  events: CallbackEvent[];
  warnings: CallbackWarning[];
  messages: CallbackMessage[];
  progress: RunProgress | null;
  /** The decision boundary's points (two-feature classification only) and its latest grid. */
  boundaryData: BoundaryData | null;
  boundaryFrame: BoundaryFrame | null;
  /** Each callback's state after the newest epoch, keyed `callbacks[i]`. */
  callbackStates: CallbackStates;
  summary: RunSummary | null;
  error: string | null;
  startedAt: number | null;
}

export const IDLE_SESSION: RunSessionState = {
  status: 'idle',
  totalEpochs: 0,
  backend: null,
  history: [],
  events: [],
  warnings: [],
  messages: [],
  progress: null,
  boundaryData: null,
  boundaryFrame: null,
  callbackStates: {},
  summary: null,
  error: null,
  startedAt: null,
};

export type RunSessionStore = Store<RunSessionState>;

export function createRunSessionStore(): RunSessionStore {
  return createStore<RunSessionState>(IDLE_SESSION);
}

export function startedSession(totalEpochs: number, now: number): RunSessionState {
  return { ...IDLE_SESSION, status: 'starting', totalEpochs, startedAt: now };
}

export function isActive(status: RunStatus): boolean {
  return status === 'starting' || status === 'running' || status === 'paused' || status === 'stopping';
}

/** Folds one progress message from the worker into the session. */
export function applyProgress(state: RunSessionState, message: ProgressMessage): Partial<RunSessionState> {
  const rows = message.epochs.flatMap((group) => epochRows(group));
  return {
    history: rows.length > 0 ? [...state.history, ...rows] : state.history,
    events: message.events.length > 0 ? [...state.events, ...message.events] : state.events,
    warnings: message.warnings.length > 0 ? [...state.warnings, ...message.warnings] : state.warnings,
    messages: message.messages.length > 0 ? [...state.messages, ...message.messages] : state.messages,
    progress: message.progress ?? state.progress,
    boundaryFrame: message.boundary ?? state.boundaryFrame,
    callbackStates: message.callbackStates ?? state.callbackStates,
  };
}

/** How the end of a run reads on the page. */
export function describeEnding(summary: RunSummary): string {
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
  if (stopped) {
    const at = [stopped.epoch === null ? null : `epoch ${stopped.epoch + 1}`, stopped.batch === null ? null : `batch ${stopped.batch}`]
      .filter((part) => part !== null)
      .join(', ');
    return `Stopped by ${stopped.by}${at ? ` at ${at}` : ''}, after ${epochsRun} epochs in ${summary.seconds.toFixed(1)} s.`;
  }
  return `Finished: ${epochsRun} epochs in ${summary.seconds.toFixed(1)} s.`;
}
