/**
 * The Runs list's state and what can be done to it: list the kept runs,
 * rename, delete, tick for the overlay (which loads the ticked run's
 * epochs), keep a run (an import, a compare variant), and write the page's
 * own run as it trains (sessionRecorder.ts). A pure store with async
 * actions over the run store; React reads it through `useStore`.
 */
import { createRunWriter, type LoadedRun, type PutOutcome, type RunListing, type RunRecord, type RunStore, type RunWriter } from '../../storage';
import { createStore, type Store } from '../state/createStore';
import { describeOutcome } from './runLabels';

export interface RunsState {
  /** Null until the first listing. */
  listing: RunListing | null;
  /** Ticked runs, in the order they were ticked (at most MAX_TICKED). */
  ticked: string[];
  /** The ticked runs' records, once loaded (or why they could not be). */
  loaded: Record<string, LoadedRun>;
  /** What the last write did to other runs (room made within the budget), or why it failed. */
  notice: string | null;
  /** Storage cannot be used at all (no IndexedDB): runs are not kept. */
  problem: string | null;
  /** The run the page is training now, if it has been written. */
  liveId: string | null;
}

export const MAX_TICKED = 4;

export interface RunsController extends Store<RunsState> {
  refresh(): Promise<void>;
  rename(id: string, name: string): Promise<void>;
  remove(id: string): Promise<void>;
  toggle(id: string): void;
  /** A run's record, whole (from the overlay's cache when ticked). */
  read(id: string): Promise<LoadedRun>;
  /** Keeps a finished run (an import, a compare variant) in one write. */
  keep(record: RunRecord): Promise<boolean>;
  /** A batched writer for a run in progress (`onFirstWrite` lists it once it is stored). */
  writer(): RunWriter;
  setLive(id: string | null): void;
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

export function createRunsController(open: () => Promise<RunStore>): RunsController {
  const store = createStore<RunsState>({ listing: null, ticked: [], loaded: {}, notice: null, problem: null, liveId: null });
  let opened: Promise<RunStore> | null = null;
  const runStore = () => (opened ??= open());

  const guarded = async <T>(work: (runs: RunStore) => Promise<T>): Promise<T | null> => {
    try {
      return await work(await runStore());
    } catch (error) {
      store.setState({ problem: `Runs could not be kept or read: ${messageOf(error)}` });
      return null;
    }
  };

  const load = async (id: string) => {
    const loaded = await guarded((runs) => runs.loadRun(id));
    store.setState((state) => ({ loaded: { ...state.loaded, [id]: loaded ?? { ok: false, reason: 'it is no longer kept' } } }));
  };

  const refresh = async () => {
    const listing = await guarded((runs) => runs.listRuns());
    if (!listing) return;
    const heads = new Map(listing.runs.map((run) => [run.id, run]));
    const { ticked, loaded } = store.getState();
    // A loaded run that changed since (renamed, or written again while it trained) is read again if ticked, else dropped.
    const stale = Object.entries(loaded).filter(([id, run]) => {
      const head = heads.get(id);
      return !head || !run.ok || run.head.updatedAt !== head.updatedAt || run.head.name !== head.name;
    });
    const fresh = { ...loaded };
    for (const [id] of stale) delete fresh[id];
    store.setState({ listing, ticked: ticked.filter((id) => heads.has(id)), loaded: stale.length > 0 ? fresh : loaded });
    for (const [id] of stale) if (heads.has(id) && ticked.includes(id)) void load(id);
  };

  const reported = (outcome: PutOutcome) => {
    const notice = describeOutcome(outcome, store.getState().listing?.runs ?? []);
    if (notice) store.setState({ notice });
  };

  return {
    ...store,
    refresh,
    rename: async (id, name) => {
      await guarded((runs) => runs.renameRun(id, name));
      await refresh();
    },
    remove: async (id) => {
      await guarded((runs) => runs.deleteRun(id));
      store.setState((state) => ({ ticked: state.ticked.filter((entry) => entry !== id) }));
      await refresh();
    },
    toggle: (id) => {
      const { ticked, loaded } = store.getState();
      if (ticked.includes(id)) {
        store.setState({ ticked: ticked.filter((entry) => entry !== id) });
        return;
      }
      store.setState({ ticked: [...ticked, id].slice(-MAX_TICKED) });
      if (!loaded[id]) void load(id);
    },
    read: async (id) => {
      const cached = store.getState().loaded[id];
      if (cached) return cached;
      return (await guarded((runs) => runs.loadRun(id))) ?? { ok: false, reason: 'it is no longer kept' };
    },
    keep: async (record) => {
      const outcome = await guarded((runs) => runs.putRun(record));
      if (outcome) reported(outcome);
      await refresh();
      return outcome !== null;
    },
    writer: () => {
      let written = false;
      return createRunWriter({
        put: async (record) => (await runStore()).putRun(record),
        onWritten: (outcome, record) => {
          reported(outcome);
          // A new run shows in the list at its first write; its end is listed by the one who finishes it.
          if (!written) {
            written = true;
            store.setState({ liveId: record.head.id });
            void refresh();
          }
        },
        onFailed: (error) => store.setState({ notice: `This run could not be kept: ${messageOf(error)}` }),
      });
    },
    setLive: (id) => store.setState({ liveId: id }),
  };
}
