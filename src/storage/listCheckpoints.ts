/**
 * The listing reads only index records (and which payload keys exist, and
 * how many epochs each session's history holds), never weights. An entry that
 * fails to migrate or validate, or whose weights or history are gone, is
 * listed as damaged with the reason, beside the readable ones.
 * `withSavedEntry` puts a new save into a listing by the same order, so a
 * reader told of a save need not read every record again.
 */
import type { UseStore } from 'idb-keyval';
import type { CheckpointListEntry, CheckpointSummary, DamagedCheckpoint, RunCheckpoints } from './checkpointEntry';
import { summaryFromRecord } from './checkpointEntry';
import { checkpointId, indexRange, isIndexKey, isPayloadKey, payloadKeyText, payloadRange, sessionText, type IndexKey } from './checkpointKeys';
import { decodeCheckpointRecord } from './checkpointRecords';
import { readStoredLength, referencedSessions } from './epochHistory';
import { runTransaction, type TransactionScope } from './transaction';

interface RunGroup {
  readable: CheckpointSummary[];
  damaged: DamagedCheckpoint[];
}

interface StoredParts {
  payloads: ReadonlySet<string>;
  /** Epochs stored, by `sessionText`. */
  historyLengths: ReadonlyMap<string, number>;
}

function describeEntry(key: IndexKey, raw: unknown, stored: StoredParts): CheckpointListEntry {
  const id = checkpointId(key[1], key[2]);
  const decoded = decodeCheckpointRecord(key, raw);
  if (!decoded.ok) return { damaged: true, id, reason: decoded.reason };
  if (!stored.payloads.has(payloadKeyText(decoded.value.payloadKey))) {
    return { damaged: true, id, reason: 'the checkpoint weights are missing' };
  }
  const history = decoded.value.history;
  if (history && (stored.historyLengths.get(sessionText(key[1], history.session)) ?? 0) < history.length) {
    return { damaged: true, id, reason: 'the epoch history is incomplete' };
  }
  return summaryFromRecord(id, decoded.value);
}

/** How many epochs each session that the records refer to has stored. */
function readHistoryLengths(scope: TransactionScope, keys: readonly IDBValidKey[], records: readonly unknown[]): Map<string, number> {
  const lengths = new Map<string, number>();
  for (const [text, { runId, session }] of referencedSessions(keys, records)) {
    lengths.set(text, 0);
    readStoredLength(scope, runId, session, (length) => lengths.set(text, length));
  }
  return lengths;
}

/** Runs with only damaged entries sort last. */
function latestSave(group: RunGroup): number {
  return group.readable.reduce((latest, entry) => Math.max(latest, entry.savedAt), Number.MIN_SAFE_INTEGER);
}

/** A run's entries as listed: readable ones oldest first, damaged ones last. */
function entriesOf(group: RunGroup): CheckpointListEntry[] {
  return [...[...group.readable].sort((a, b) => a.savedAt - b.savedAt), ...group.damaged];
}

/** Runs newest first (by their latest save). */
function ordered(groups: ReadonlyMap<string, RunGroup>): RunCheckpoints[] {
  return [...groups.entries()].sort(([, a], [, b]) => latestSave(b) - latestSave(a)).map(([runId, group]) => ({ runId, entries: entriesOf(group) }));
}

export async function listCheckpoints(idb: UseStore): Promise<RunCheckpoints[]> {
  const { keys, records, payloadKeys, historyLengths } = await runTransaction(idb, 'readonly', (scope) => {
    const { store, after } = scope;
    const keyRequest = store.getAllKeys(indexRange());
    const recordRequest = store.getAll(indexRange());
    const payloadRequest = store.getAllKeys(payloadRange());
    let lengths = new Map<string, number>();
    after(recordRequest, (found: unknown[]) => (lengths = readHistoryLengths(scope, keyRequest.result, found)));
    return () => ({ keys: keyRequest.result, records: recordRequest.result as unknown[], payloadKeys: payloadRequest.result, historyLengths: lengths });
  });
  const stored: StoredParts = { payloads: new Set(payloadKeys.filter(isPayloadKey).map(payloadKeyText)), historyLengths };
  const groups = new Map<string, RunGroup>();
  keys.forEach((key, index) => {
    // Only keys this module writes can be named by an id; anything else in the range is not ours to show.
    if (!isIndexKey(key)) return;
    const entry = describeEntry(key, records[index], stored);
    const runId = key[1];
    const group = groups.get(runId) ?? { readable: [], damaged: [] };
    groups.set(runId, group);
    if (entry.damaged) group.damaged.push(entry);
    else group.readable.push(entry);
  });
  return ordered(groups);
}

/**
 * The listing after `saved` was written, without reading storage: the entry
 * replaces one of its id or joins its run, with the same entries as
 * `listCheckpoints` would read. Runs keep their places, and a new run comes
 * first: four compare runs saving in turn would otherwise swap places on
 * every save, moving the buttons under the pointer (and the panel's layout
 * with them). Runs left as they were are the same objects.
 */
export function withSavedEntry(runs: readonly RunCheckpoints[], saved: CheckpointSummary): RunCheckpoints[] {
  const at = runs.findIndex((run) => run.runId === saved.runId);
  if (at < 0) return [{ runId: saved.runId, entries: [saved] }, ...runs];
  return runs.map((run, index) => {
    if (index !== at) return run;
    const others = run.entries.filter((entry) => entry.id !== saved.id);
    const readable = [...others.filter((entry): entry is CheckpointSummary => !entry.damaged), saved];
    return { runId: run.runId, entries: entriesOf({ readable, damaged: others.filter((entry): entry is DamagedCheckpoint => entry.damaged) }) };
  });
}
