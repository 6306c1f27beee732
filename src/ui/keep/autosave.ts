/**
 * Saves the setup a moment after each change (one write per pause in
 * typing), through the versioned envelope of config/savedSetup.ts. Only a
 * valid setup whose code the learner wrote or accepted is saved: code that
 * waits for consent never comes back trusted from storage. Once the setup
 * differs from what the address names (a share link, a lesson), the address
 * drops it, so a reload shows the learner's setup, not the one they opened.
 */
import { shareLinkOf } from '../../config/csvLink';
import { findPreset, sameRun } from '../../config/embedLink';
import { encodeSavedSetup } from '../../config/savedSetup';
import { decodeShareLink, shareLinkKind } from '../../config/shareLink';
import type { RunConfig } from '../../config/runConfig';
import type { ConfigStore } from '../state/configStore';
import { KEPT_SETUP_KEY, type KeptStorage } from './keptSetup';

export interface AutosaveOptions {
  storage: KeptStorage;
  delayMs: number;
  /** Reads and rewrites the address (window.location / history in the page). */
  address: { href: () => string; replace: (href: string) => void };
}

/** The address without the setup it names when that is no longer `config`; null when it needs no change. */
export function addressAfterChange(href: string, config: RunConfig): string | null {
  const url = new URL(href);
  let changed = false;
  const hashLink = url.hash.replace(/^#/, '');
  // The link Copy share link wrote for this very setup stays, even when it left a big CSV out.
  if (shareLinkKind(hashLink) === 'run' && hashLink !== shareLinkOf(config).link) {
    const linked = decodeShareLink(hashLink);
    if (!linked.ok || !sameRun(linked.value, config)) {
      url.hash = '';
      changed = true;
    }
  }
  const preset = url.searchParams.get('preset');
  if (preset !== null) {
    const found = findPreset(preset.trim());
    if (!found.ok || !sameRun(found.config, config)) {
      url.searchParams.delete('preset');
      changed = true;
    }
  }
  return changed ? url.toString() : null;
}

/** Starts saving; returns the function that stops it (and drops a pending save). */
export function startAutosave(store: ConfigStore, options: AutosaveOptions): () => void {
  let timer: ReturnType<typeof setTimeout> | null = null;
  let last = store.getState();
  const save = () => {
    timer = null;
    const state = store.getState();
    if (!state.validation.ok || state.unacceptedCode.length > 0) return;
    try {
      options.storage.setItem(KEPT_SETUP_KEY, encodeSavedSetup(state.validation.config));
    } catch {
      return; // Storage full or refused: the page works on, unsaved.
    }
    const next = addressAfterChange(options.address.href(), state.validation.config);
    if (next !== null) options.address.replace(next);
  };
  const unsubscribe = store.subscribe(() => {
    const state = store.getState();
    // A change of the setup, or code accepted: other state (the loads counter) needs no save.
    if (state.draft === last.draft && state.unacceptedCode === last.unacceptedCode) return;
    last = state;
    if (timer !== null) clearTimeout(timer);
    timer = setTimeout(save, options.delayMs);
  });
  return () => {
    unsubscribe();
    if (timer !== null) clearTimeout(timer);
  };
}
