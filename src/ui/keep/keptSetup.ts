/**
 * Where the page keeps the learner's setup between visits (localStorage),
 * and what the page opens with: an address that names a setup (a share link
 * in the hash, `?preset=ID`) wins; otherwise the setup saved last time, or
 * the default with a notice when what was saved cannot be read.
 */
import { shareLinkKind } from '../../config/shareLink';
import { readSavedSetup } from '../../config/savedSetup';
import type { RunConfig } from '../../config/runConfig';

export const KEPT_SETUP_KEY = 'plateau.setup';

/** The part of `Storage` the page uses, so tests can pass a Map-backed one. */
export type KeptStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

/** localStorage, or null where the browser refuses it (some third-party frames, privacy modes). */
export function browserStorage(): KeptStorage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}

export interface OpeningSetup {
  /** The saved setup to start from; null to start from the default (or from what the address names). */
  config: RunConfig | null;
  /** Why a saved setup was not restored, in the page's words; null when nothing went wrong. */
  notice: string | null;
}

/** Whether the address names the setup itself (a run share link, a lesson), so the saved one must not replace it. */
export function addressNamesSetup(hash: string, search: string): boolean {
  return shareLinkKind(hash.replace(/^#/, '')) === 'run' || new URLSearchParams(search).has('preset');
}

export function openingSetup(hash: string, search: string, storage: KeptStorage | null): OpeningSetup {
  if (storage === null || addressNamesSetup(hash, search)) return { config: null, notice: null };
  let text: string | null;
  try {
    text = storage.getItem(KEPT_SETUP_KEY);
  } catch {
    return { config: null, notice: null };
  }
  const saved = readSavedSetup(text);
  if (saved.kind === 'restored') return { config: saved.config, notice: null };
  if (saved.kind === 'none') return { config: null, notice: null };
  return { config: null, notice: `Your last setup could not be restored (${saved.reason}), so the default run is shown.` };
}
