/**
 * Everything the page keeps about the current run: the full epoch history
 * (charts downsample it for drawing, never the data), every callback event,
 * warning and message, progress, and how the run ended. Pure: the worker's
 * messages are folded in by `applyProgress`; no React, no worker.
 */
import type { CallbackEvent, CallbackMessage, CallbackWarning } from '../../callbacks';
import type { RunConfig } from '../../config/runConfig';
import type { ProgressMessage } from '../../training/client';
import { epochRows, type ResumedFrom, type BackendInfo, type CallbackStates, type BoundaryData, type BoundaryFrame, type ClassFrame, type ClassSamples, type DataLoad, type EpochRow, type RunProgress, type RunSummary } from '../../training/protocol';
import { createStore, type Store } from '../state/createStore';

export type RunStatus = 'idle' | 'starting' | 'running' | 'paused' | 'stopping' | 'done' | 'failed';

/** The stored checkpoint a run carries on from. */
export interface ResumeSource {
  checkpointId: string;
  /** The file name ModelCheckpoint gave it (`last.keras`). */
  name: string;
  /** Where it was saved, 0-based; `batch` is null for a save at an epoch's end. */
  epoch: number;
  batch: number | null;
  /** The 0-based epoch training goes on from, once the worker has read the checkpoint. */
  initialEpoch: number | null;
  /** Set when the stack's BackupAndRestore restored its backup from this `backup_dir`. */
  backupDir?: string;
  /** The backup's second copy was read, the newest being damaged. */
  fromPrevious?: boolean;
}

export interface RunSessionState {
  status: RunStatus;
  totalEpochs: number;
  backend: BackendInfo | null;
  /** The dataset fetched for this run, when one was (MNIST on its first use). */
  dataLoad: DataLoad | null;
  /** One row per finished epoch, in order. */
  history: EpochRow[];
  events: CallbackEvent[];
  warnings: CallbackWarning[];
  messages: CallbackMessage[];
  progress: RunProgress | null;
  /** The decision boundary's points (two-feature classification only) and its latest grid. */
  boundaryData: BoundaryData | null;
  boundaryFrame: BoundaryFrame | null;
  /** A classification run's classes and grid images, their newest predictions, and the confusion matrix at the end. */
  classSamples: ClassSamples | null;
  classFrame: ClassFrame | null;
  confusion: number[] | null;
  /** Each callback's state after the newest epoch, keyed `callbacks[i]`. */
  callbackStates: CallbackStates;
  summary: RunSummary | null;
  error: string | null;
  startedAt: number | null;
  /** Set when the run carries on from a checkpoint rather than starting fresh. */
  resumedFrom: ResumeSource | null;
  /** The setup the run trains with (kept with its record in the Runs list). */
  config: RunConfig | null;
}

export const IDLE_SESSION: RunSessionState = {
  status: 'idle',
  totalEpochs: 0,
  backend: null,
  dataLoad: null,
  history: [],
  events: [],
  warnings: [],
  messages: [],
  progress: null,
  boundaryData: null,
  boundaryFrame: null,
  classSamples: null,
  classFrame: null,
  confusion: null,
  callbackStates: {},
  summary: null,
  error: null,
  startedAt: null,
  resumedFrom: null,
  config: null,
};

export type RunSessionStore = Store<RunSessionState>;

export function createRunSessionStore(): RunSessionStore {
  return createStore<RunSessionState>(IDLE_SESSION);
}

export function startedSession(totalEpochs: number, now: number, config: RunConfig | null = null): RunSessionState {
  return { ...IDLE_SESSION, status: 'starting', totalEpochs, startedAt: now, config };
}

/**
 * A run that carries on from a checkpoint: empty until the worker sends the
 * stored history (its first progress message), which the charts, the epoch
 * counter and the ETA then count as this run's own.
 */
export function resumedSession(source: Omit<ResumeSource, 'initialEpoch'>, totalEpochs: number, now: number, config: RunConfig | null = null): RunSessionState {
  return { ...startedSession(totalEpochs, now, config), resumedFrom: { ...source, initialEpoch: null } };
}

/** The worker read the checkpoint (or BackupAndRestore its backup) and will train from `initialEpoch` (0-based). */
export function applyResumed(state: RunSessionState, from: ResumedFrom): Partial<RunSessionState> {
  const { initialEpoch, backup } = from;
  if (backup) {
    const source: ResumeSource = { checkpointId: from.checkpointId, name: 'latest.weights.h5', epoch: backup.epoch, batch: backup.batch, initialEpoch, backupDir: backup.backupDir, fromPrevious: backup.fromPrevious };
    return { resumedFrom: source };
  }
  return state.resumedFrom ? { resumedFrom: { ...state.resumedFrom, initialEpoch } } : {};
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
    classFrame: message.classFrame ?? state.classFrame,
    confusion: message.classFrame?.confusion ?? state.confusion,
    callbackStates: message.callbackStates ?? state.callbackStates,
  };
}

/** For a resumed run: which of its epochs trained now, 1-based, as " (epochs 6–30 since resuming)". */
function sinceResuming(epochsRun: number, initialEpoch: number | null | undefined): string {
  if (initialEpoch === null || initialEpoch === undefined) return '';
  if (epochsRun <= initialEpoch) return ' (no epoch since resuming)';
  const first = initialEpoch + 1;
  return first === epochsRun ? ` (epoch ${first} since resuming)` : ` (epochs ${first}–${epochsRun} since resuming)`;
}

/** "1 epoch", "12 epochs". */
export function epochCount(count: number): string {
  return `${count} ${count === 1 ? 'epoch' : 'epochs'}`;
}

/** The worker names a stop from the page "Page"; the learner reads it as theirs. */
export const stopperName = (by: string): string => (by === 'Page' ? 'you' : by);

/** The badge's word: a run the learner stopped says so, not "done". */
export function statusLabel(status: RunStatus, summary: RunSummary | null): string {
  return status === 'done' && summary?.stopped?.by === 'Page' ? 'stopped' : status;
}

/**
 * How the end of a run reads on the page. A resumed run counts its epochs
 * from the start, stored ones included; `resumedAt` (its 0-based first new
 * epoch) says which of them trained now, which is what the seconds cover.
 */
export function describeEnding(summary: RunSummary, resumedAt?: number | null): string {
  const { failure, stopped, epochsRun } = summary;
  const resumed = sinceResuming(epochsRun, resumedAt);
  if (failure) {
    const where = [
      failure.callback,
      failure.hook,
      failure.epoch === null ? null : `epoch ${failure.epoch + 1}`,
      failure.batch === null ? null : `batch ${failure.batch}`,
      failure.line === null ? null : `line ${failure.line}`,
    ].filter((part) => part !== null);
    return `Run failed after ${epochCount(epochsRun)}${resumed}: ${failure.message}${where.length > 0 ? ` (${where.join(', ')})` : ''}`;
  }
  if (stopped) {
    const at = [stopped.epoch === null ? null : `epoch ${stopped.epoch + 1}`, stopped.batch === null ? null : `batch ${stopped.batch}`]
      .filter((part) => part !== null)
      .join(', ');
    return `Stopped by ${stopperName(stopped.by)}${at ? ` at ${at}` : ''}, after ${epochCount(epochsRun)} in ${summary.seconds.toFixed(1)} s${resumed}.`;
  }
  return `Finished: ${epochCount(epochsRun)} in ${summary.seconds.toFixed(1)} s${resumed}.`;
}

/** The run bar's line for a resumed run: "Resumed from checkpoint last.keras (epoch 5) · training from epoch 6 of 30". */
export function describeResume(source: ResumeSource, totalEpochs: number): string {
  if (source.backupDir !== undefined) {
    const made = source.batch !== null && source.batch > 0 ? `batch ${source.batch + 1} of epoch ${source.epoch + 1}` : `epoch ${source.epoch}`;
    const copy = source.fromPrevious ? ' (its previous copy: the newest was damaged)' : '';
    const at = source.initialEpoch !== null && source.initialEpoch >= totalEpochs ? ` · all ${totalEpochs} epochs were done` : ` · training from epoch ${(source.initialEpoch ?? source.epoch) + 1} of ${totalEpochs}`;
    return `Resumed from the BackupAndRestore backup in ${source.backupDir}${copy}, made after ${made}${at}`;
  }
  const saved = source.batch === null ? `epoch ${source.epoch + 1}` : `epoch ${source.epoch + 1}, batch ${source.batch + 1}`;
  const from =
    source.initialEpoch === null
      ? ' · reading it …'
      : source.initialEpoch >= totalEpochs
        ? ` · all ${totalEpochs} epochs were done`
        : ` · training from epoch ${source.initialEpoch + 1} of ${totalEpochs}`;
  return `Resumed from checkpoint ${source.name} (${saved})${from}`;
}
