/**
 * A run as the Runs list keeps it: the page's own run (the session) or a
 * compare variant, turned into a run record (src/storage/runRecord.ts).
 * Pure: no storage, no React.
 */
import type { CallbackEvent } from '../../callbacks';
import type { RunConfig } from '../../config/runConfig';
import type { RunEnding, RunOrigin, RunRecord, StoredEpoch } from '../../storage';
import type { EpochRow, RunSummary } from '../../training/protocol';
import { describeEnding } from '../watch/runSession';

export interface RunFacts {
  id: string;
  createdAt: number;
  origin: RunOrigin;
  config: RunConfig | null;
  history: readonly Pick<EpochRow, 'epoch' | 'logs' | 'lrDuring' | 'lrAfter'>[];
  events: readonly CallbackEvent[];
  summary: RunSummary | null;
  /** Why the run failed when it ended without a summary (it could not start, the worker died). */
  error: string | null;
  /** True while it trains: the record says `running` until its end is known. */
  active: boolean;
}

/** The best of `val_loss` (or `loss` when there is no validation), finite values only. */
export function bestOf(history: readonly Pick<StoredEpoch, 'epoch' | 'logs'>[]): RunRecord['head']['best'] {
  const key = history.some((row) => 'val_loss' in row.logs) ? 'val_loss' : 'loss';
  let best: RunRecord['head']['best'] = null;
  for (const row of history) {
    const value = row.logs[key];
    if (value !== undefined && Number.isFinite(value) && (best === null || value < best.value)) best = { key, value, epoch: row.epoch };
  }
  return best;
}

function endingOf(facts: RunFacts): { ending: RunEnding; endingText: string } {
  if (facts.summary) {
    const ending: RunEnding = facts.summary.failure ? 'failed' : facts.summary.stopped ? 'stopped' : 'finished';
    return { ending, endingText: describeEnding(facts.summary) };
  }
  if (facts.error !== null) return { ending: 'failed', endingText: `Run failed: ${facts.error}` };
  return { ending: 'running', endingText: facts.active ? 'Training…' : `Interrupted after ${facts.history.length} epochs.` };
}

export function recordOfRun(facts: RunFacts, now: number): RunRecord {
  const history = facts.history.map(({ epoch, logs, lrDuring, lrAfter }) => ({ epoch, logs, lrDuring, lrAfter }));
  return {
    head: {
      id: facts.id,
      name: null,
      createdAt: facts.createdAt,
      updatedAt: now,
      origin: facts.origin,
      config: facts.config,
      ...endingOf(facts),
      epochs: history.length,
      best: bestOf(history),
      test: facts.summary?.test?.logs ?? null,
    },
    body: { history, events: facts.events.map((event) => ({ ...event })) },
  };
}
