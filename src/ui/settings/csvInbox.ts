/** A CSV file dropped on the page, on its way to the dataset form (the drop is caught by the share bar, the form lives in the settings). */
import { createStore, type Store } from '../state/createStore';

export interface CsvInboxState {
  /** A new object on every drop, so the same file dropped twice opens twice. */
  dropped: File | null;
}

export type CsvInbox = Store<CsvInboxState>;

export function createCsvInbox(): CsvInbox {
  return createStore<CsvInboxState>({ dropped: null });
}
