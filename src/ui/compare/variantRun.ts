/**
 * What the page keeps about one variant's run in a comparison, folded from
 * its worker's messages. Pure: no React, no worker.
 */
import type { CallbackEvent } from '../../callbacks';
import type { ProgressMessage } from '../../training/client';
import { epochRows, type EpochRow, type InitialLoss, type RunSummary } from '../../training/protocol';

export type VariantStatus = 'idle' | 'running' | 'done' | 'failed';

export interface VariantRun {
  status: VariantStatus;
  /** The worker's evaluation before the first step: equal for every variant of a fair comparison. */
  initialLoss: InitialLoss | null;
  history: EpochRow[];
  events: CallbackEvent[];
  summary: RunSummary | null;
  error: string | null;
  /** Page clock (ms), from the start request to the last message. */
  startedAt: number | null;
  endedAt: number | null;
}

export const IDLE_RUN: VariantRun = { status: 'idle', initialLoss: null, history: [], events: [], summary: null, error: null, startedAt: null, endedAt: null };

export function startedRun(now: number): VariantRun {
  return { ...IDLE_RUN, status: 'running', startedAt: now };
}

export function withInitialLoss(run: VariantRun, initialLoss: InitialLoss): VariantRun {
  return { ...run, initialLoss };
}

export function withProgress(run: VariantRun, message: ProgressMessage): VariantRun {
  const rows = message.epochs.flatMap((group) => epochRows(group));
  if (rows.length === 0 && message.events.length === 0) return run;
  return { ...run, history: [...run.history, ...rows], events: [...run.events, ...message.events] };
}

export function finishedRun(run: VariantRun, summary: RunSummary, now: number): VariantRun {
  const error = summary.failure ? summary.failure.message : null;
  return { ...run, status: error ? 'failed' : 'done', summary, error, endedAt: now };
}

export function failedRun(run: VariantRun, message: string, now: number): VariantRun {
  return { ...run, status: 'failed', error: message, endedAt: now };
}
