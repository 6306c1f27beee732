/**
 * The learner's setup survives a reload: saved in this browser as they work
 * (autosave.ts), restored as the page opens (App), and "Start over" goes back
 * to the default run. Says so when a saved setup could not be read.
 */
import { useEffect, useState } from 'react';
import type { ConfigStore } from '../state/configStore';
import { startAutosave } from './autosave';
import type { KeptStorage } from './keptSetup';
import { startOver } from './startOver';

/** A pause in editing this long saves the setup. */
const AUTOSAVE_DELAY_MS = 400;

const pageAddress = {
  href: () => window.location.href,
  replace: (href: string) => window.history.replaceState(window.history.state, '', href),
};

export function KeepSetup({ store, storage, notice, disabled }: { store: ConfigStore; storage: KeptStorage | null; notice: string | null; disabled: boolean }) {
  const [shownNotice, setShownNotice] = useState(notice);
  useEffect(() => (storage ? startAutosave(store, { storage, delayMs: AUTOSAVE_DELAY_MS, address: pageAddress }) : undefined), [store, storage]);
  return (
    <section className="panel keep-setup" aria-label="Your setup">
      <p className="panel-hint">
        {storage ? 'Your setup is kept in this browser as you work, and comes back when you reload.' : 'This browser does not let the page keep your setup: copy a share link to keep it.'}
      </p>
      {shownNotice && (
        <p role="status" className="blocked-reason" data-testid="kept-setup-notice">
          {shownNotice}
        </p>
      )}
      <button
        type="button"
        disabled={disabled}
        onClick={() => {
          setShownNotice(null);
          startOver(store, storage, pageAddress.replace, pageAddress.href());
        }}
      >
        Start over
      </button>
    </section>
  );
}
