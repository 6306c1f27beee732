/**
 * Where checkpoint records live in the one object store. Index records sit
 * under `['checkpoint', runId, name]`, so a run's file names map to keys the
 * way file paths map to files: the same name in the same run is the same
 * entry, and two runs (two tabs) never share a key. Payloads (the weights)
 * sit under `['payload', writtenAt, nonce]`; the time in the key lets garbage
 * collection spare a payload that a tab on an older version of Plateau, which
 * wrote the payload and the index in two transactions, is about to commit.
 * A training session's epoch history sits one record per epoch under
 * `['history', runId, session, position]` (epochHistory.ts).
 */

export type IndexKey = ['checkpoint', string, string];
export type PayloadKey = ['payload', number, string];
export type HistoryKey = ['history', string, string, number];

/** The public id of a checkpoint: `runId/name`. Run ids contain no slash, names may. */
export type CheckpointId = string;

const ID_SEPARATOR = '/';

export function isValidRunId(runId: string): boolean {
  return runId.length > 0 && runId.length <= 200 && !runId.includes(ID_SEPARATOR);
}

export function indexKey(runId: string, name: string): IndexKey {
  return ['checkpoint', runId, name];
}

export function checkpointId(runId: string, name: string): CheckpointId {
  return `${runId}${ID_SEPARATOR}${name}`;
}

export function indexKeyFromId(id: CheckpointId): IndexKey | null {
  const cut = id.indexOf(ID_SEPARATOR);
  if (cut <= 0 || cut === id.length - 1) return null;
  return indexKey(id.slice(0, cut), id.slice(cut + 1));
}

export function isIndexKey(key: IDBValidKey): key is IndexKey {
  return Array.isArray(key) && key.length === 3 && key[0] === 'checkpoint' && typeof key[1] === 'string' && typeof key[2] === 'string';
}

export function isPayloadKey(key: unknown): key is PayloadKey {
  return Array.isArray(key) && key.length === 3 && key[0] === 'payload' && typeof key[1] === 'number' && typeof key[2] === 'string';
}

export function newPayloadKey(writtenAt: number): PayloadKey {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  const nonce = Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('');
  return ['payload', writtenAt, nonce];
}

export function isHistoryKey(key: IDBValidKey): key is HistoryKey {
  return Array.isArray(key) && key.length === 4 && key[0] === 'history' && typeof key[1] === 'string' && typeof key[2] === 'string' && typeof key[3] === 'number';
}

export function historyKey(runId: string, session: string, position: number): HistoryKey {
  return ['history', runId, session, position];
}

export function samePayloadKey(a: PayloadKey, b: PayloadKey): boolean {
  return a[1] === b[1] && a[2] === b[2];
}

// An array sorts after every string, so `[prefix, []]` bounds all keys that start with `prefix`.
export function indexRange(): IDBKeyRange {
  return IDBKeyRange.bound(['checkpoint'], ['checkpoint', []]);
}

export function payloadRange(): IDBKeyRange {
  return IDBKeyRange.bound(['payload'], ['payload', []]);
}

/** The index records of one run. */
export function runIndexRange(runId: string): IDBKeyRange {
  return IDBKeyRange.bound(['checkpoint', runId], ['checkpoint', runId, []]);
}

/** Every session's history, or only those of one run. */
export function historyRange(runId?: string): IDBKeyRange {
  return runId === undefined ? IDBKeyRange.bound(['history'], ['history', []]) : IDBKeyRange.bound(['history', runId], ['history', runId, []]);
}

/** A session's history records at positions `0` to `length - 1`; all of them when `length` is omitted. */
export function sessionHistoryRange(runId: string, session: string, length?: number): IDBKeyRange {
  const upper = length === undefined ? [] : length - 1;
  return IDBKeyRange.bound(['history', runId, session, 0], ['history', runId, session, upper]);
}

/** A session as a string, for sets of referenced sessions. */
export function sessionText(runId: string, session: string): string {
  return JSON.stringify([runId, session]);
}

/** A payload key as a string, for sets of referenced payloads. */
export function payloadKeyText(key: PayloadKey): string {
  return `${key[1]}:${key[2]}`;
}
