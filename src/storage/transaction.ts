/**
 * One IndexedDB transaction as a promise that settles only when the
 * transaction has committed or aborted, so a caller never acts on a write
 * that might still be rolled back.
 *
 * Follow-up requests are chained in request callbacks rather than after
 * `await`: a transaction stays active inside its request callbacks in every
 * browser, while keeping it alive across promise jobs is less dependable.
 */
import type { UseStore } from 'idb-keyval';

export interface TransactionScope {
  store: IDBObjectStore;
  /** Runs `next` with the request's result; an exception there aborts the transaction. */
  after: <R>(request: IDBRequest<R>, next: (result: R) => void) => void;
  /** Rolls the transaction back; the promise rejects with `reason`. */
  abort: (reason: Error) => void;
}

/** Keeps the name of a thrown non-Error (a DOMException-like object), which is how quota errors are told apart. */
function asError(value: unknown): Error {
  if (value instanceof Error) return value;
  const { name, message } = (typeof value === 'object' && value !== null ? value : {}) as { name?: unknown; message?: unknown };
  const error = new Error(typeof message === 'string' ? message : String(value), { cause: value });
  if (typeof name === 'string') error.name = name;
  return error;
}

/** `body` issues the requests and returns how to compute the result once committed. */
export function runTransaction<T>(idb: UseStore, mode: IDBTransactionMode, body: (scope: TransactionScope) => () => T): Promise<T> {
  return idb(
    mode,
    (store) =>
      new Promise<T>((resolve, reject) => {
        const transaction = store.transaction;
        let failure: Error | null = null;
        const abort = (reason: unknown): void => {
          failure ??= asError(reason);
          try {
            transaction.abort();
          } catch {
            // Already finished or aborting: the abort handler reports `failure`.
          }
        };
        const scope: TransactionScope = {
          store,
          after: (request, next) => {
            request.onsuccess = () => {
              try {
                next(request.result);
              } catch (error) {
                abort(error);
              }
            };
          },
          abort,
        };
        let result: () => T = () => {
          throw new Error('transaction body did not run');
        };
        transaction.oncomplete = () => {
          try {
            resolve(result());
          } catch (error) {
            reject(asError(error));
          }
        };
        transaction.onabort = () => reject(failure ?? transaction.error ?? new Error('IndexedDB transaction aborted'));
        try {
          result = body(scope);
        } catch (error) {
          abort(error);
        }
      }),
  );
}
