/**
 * A training history read from a Keras file (a CSVLogger file, a saved
 * `history.history`): one row per epoch with its logs and the learning rate
 * it trained with, when the file logged it (`learning_rate`, or Keras 2's
 * `lr`), else NaN. What both readers produce.
 */

export interface ImportedEpoch {
  /** 0-based, as Keras's CSVLogger writes it. */
  epoch: number;
  logs: Record<string, number>;
  lrDuring: number;
  lrAfter: number;
}

export interface ImportedHistory {
  epochs: ImportedEpoch[];
  /** Things the reader did that the learner should know (rows merged, cells missing). */
  notes: string[];
}

export type HistoryReadResult = { ok: true; value: ImportedHistory } | { ok: false; problems: string[] };

/** At most this many problems are listed; the rest are counted. */
export const MAX_PROBLEMS = 5;

export function refused(problems: readonly string[]): HistoryReadResult {
  const shown = problems.slice(0, MAX_PROBLEMS);
  if (problems.length > MAX_PROBLEMS) shown.push(`and ${problems.length - MAX_PROBLEMS} more problems like these`);
  return { ok: false, problems: shown };
}

/** Keras's text for a number that is not finite, as Python writes it (`nan`, `inf`, `-inf`), in any case. */
const NON_FINITE: Record<string, number> = { nan: Number.NaN, inf: Infinity, '+inf': Infinity, '-inf': -Infinity, infinity: Infinity, '+infinity': Infinity, '-infinity': -Infinity };
const DECIMAL = /^[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$/;

/** A logged value as text: a number, or null when it is not one. */
export function numberOfText(text: string): number | null {
  const trimmed = text.trim();
  const special = NON_FINITE[trimmed.toLowerCase()];
  if (special !== undefined) return special;
  return DECIMAL.test(trimmed) ? Number(trimmed) : null;
}

/**
 * Rows by epoch, in order: a row for an epoch already seen replaces it
 * (a run resumed with `append=True` logs again the epochs it redoes), and
 * the learning rate comes out of the logs into `lrDuring`/`lrAfter`.
 */
export function historyOf(rows: readonly { epoch: number; logs: Record<string, number> }[], notes: string[]): ImportedHistory {
  const byEpoch = new Map<number, Record<string, number>>();
  let replaced = 0;
  for (const row of rows) {
    if (byEpoch.has(row.epoch)) replaced += 1;
    byEpoch.set(row.epoch, row.logs);
  }
  if (replaced > 0) notes.push(`${replaced} epoch${replaced === 1 ? ' was' : 's were'} logged twice (a resumed run appending to its file): the later row is kept.`);
  const ordered = [...byEpoch.entries()].sort(([a], [b]) => a - b);
  const first = ordered[0]?.[0] ?? 0;
  if (first !== 0 || ordered.some(([epoch], index) => epoch !== first + index)) notes.push('The epochs do not run 0, 1, 2 … without a gap: they are replayed in order as if they did.');
  const rates = ordered.map(([, logs]) => logs['learning_rate'] ?? logs['lr'] ?? Number.NaN);
  const epochs = ordered.map(([epoch, logs], index) => {
    const own = { ...logs };
    // Keras 2 logged the rate as `lr`; Keras 3 as `learning_rate`, which the page's own logs also carry.
    if ('lr' in own && !('learning_rate' in own)) {
      own['learning_rate'] = own['lr'];
      delete own['lr'];
    }
    const lrDuring = rates[index] as number;
    return { epoch, logs: own, lrDuring, lrAfter: rates[index + 1] ?? lrDuring };
  });
  return { epochs, notes };
}
