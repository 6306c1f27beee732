/**
 * The epoch history, stored once per training session rather than in every
 * entry: a session (a run, or one resume of it) only ever appends to its
 * history, so a write puts only the epochs its session has not stored yet,
 * in the same transaction as the entries that refer to them, and an entry
 * names how many of the session's epochs are its own. A save's bytes then no
 * longer grow with the epoch. A resumed run is a new session: after the
 * checkpoint, its history differs from the one the run stored before.
 *
 * A session's records sit at positions 0, 1, 2 ... with no gap: a write
 * appends after the last one stored, and a session is deleted whole.
 */
import { z } from 'zod';
import { historyKey, isHistoryKey, isIndexKey, sessionHistoryRange, sessionText } from './checkpointKeys';
import { historyRefOf, type HistoryRef } from './checkpointRecords';
import { decodeRecord, type DecodeResult, type RecordFormat } from './recordMigration';
import type { TransactionScope } from './transaction';

export const HISTORY_RECORD_VERSION = 1;

/** One epoch's record, as JSON text the engine writes and reads; opaque here. */
const historyRecordSchema = z.object({ v: z.literal(HISTORY_RECORD_VERSION), text: z.string() });

const historyRecordFormat: RecordFormat<typeof historyRecordSchema> = {
  kind: 'epoch history record',
  current: HISTORY_RECORD_VERSION,
  steps: {},
  schema: historyRecordSchema,
};

/** The sessions that index records refer to, by `sessionText`; `records[i]` is stored under `keys[i]`, and keys not of index records are passed over. */
export function referencedSessions(keys: readonly IDBValidKey[], records: readonly unknown[]): Map<string, { runId: string; session: string }> {
  const sessions = new Map<string, { runId: string; session: string }>();
  keys.forEach((key, index) => {
    const history = historyRefOf(records[index]);
    if (isIndexKey(key) && history) sessions.set(sessionText(key[1], history.session), { runId: key[1], session: history.session });
  });
  return sessions;
}

/** How many epochs the session has stored: one past its last record's position, as there is no gap. */
export function readStoredLength({ store, after }: TransactionScope, runId: string, session: string, done: (length: number) => void): void {
  after(store.openKeyCursor(sessionHistoryRange(runId, session), 'prev'), (last) => done(last && isHistoryKey(last.key) ? last.key[3] + 1 : 0));
}

/** Puts the epochs of `texts` that the session has not stored yet. */
export function putMissingHistory(scope: TransactionScope, runId: string, session: string, texts: readonly string[]): void {
  if (texts.length === 0) return;
  readStoredLength(scope, runId, session, (stored) => {
    for (let position = stored; position < texts.length; position++) {
      scope.store.put({ v: HISTORY_RECORD_VERSION, text: texts[position] }, historyKey(runId, session, position));
    }
  });
}

/** Reads the stored records of an entry's history, for `historyText`. */
export function readHistory({ store, after }: TransactionScope, runId: string, ref: HistoryRef, done: (records: unknown[]) => void): void {
  if (ref.length === 0) done([]);
  else after(store.getAll(sessionHistoryRange(runId, ref.session, ref.length)), done);
}

/** The entry's history as one JSON array text, as payloads of version 2 held it. */
export function historyText(ref: HistoryRef, records: readonly unknown[]): DecodeResult<string> {
  if (records.length !== ref.length) return { ok: false, reason: `the epoch history is incomplete: ${records.length} of ${ref.length} epochs are stored` };
  const texts: string[] = [];
  for (const raw of records) {
    const decoded = decodeRecord(raw, historyRecordFormat);
    if (!decoded.ok) return decoded;
    texts.push(decoded.value.text);
  }
  return { ok: true, value: `[${texts.join(',')}]` };
}
