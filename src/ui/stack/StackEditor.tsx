/**
 * The callback stack: a palette to add callbacks, and the cards in the order
 * they run. Reordering works by drag, by the ↑/↓ buttons and by Alt+↑/↓; a
 * live region says where a callback went.
 */
import { useCallback, useState } from 'react';
import type { CallbackTypeName } from '../../config/callbackSchemas';
import { RATE_SETTERS, rateLockedReason } from '../../config/runConfig';
import { RateLockNote } from '../settings/RateLockNote';
import { entryProblems, problemAt, type ConfigStore } from '../state/configStore';
import { addEntry, duplicateEntry, moveEntry, removeEntry, setEntryEnabled, setParam } from '../state/runDraft';
import { useStore } from '../state/useStore';
import { CALLBACK_CATALOG, PALETTE_TYPES } from './callbackCatalog';
import { lrWriterNote } from './lrWriters';
import { monitorChoices } from './monitorChoices';
import { StackEntryCard } from './StackEntryCard';

/** After a move React re-inserts the card's DOM node, which drops focus; put it back. */
function refocus(entryId: string, previous: Element | null): void {
  requestAnimationFrame(() => {
    const card = document.querySelector<HTMLElement>(`[data-entry-id="${entryId}"]`);
    if (!card) return;
    const again = previous?.id ? card.querySelector<HTMLElement>(`#${CSS.escape(previous.id)}`) : null;
    const move = previous instanceof HTMLElement && previous.dataset['move'] ? card.querySelector<HTMLElement>(`[data-move="${previous.dataset['move']}"]:not(:disabled)`) : null;
    (again ?? move ?? card.querySelector<HTMLElement>('input, select, button'))?.focus();
  });
}

export function StackEditor({ store }: { store: ConfigStore }) {
  const draft = useStore(store, (state) => state.draft);
  const validation = useStore(store, (state) => state.validation);
  const [announcement, setAnnouncement] = useState('');
  const [armedId, setArmedId] = useState<string | null>(null);
  const [dropIndex, setDropIndex] = useState<number | null>(null);
  const choices = monitorChoices(draft.dataset, draft.fit.validationSplit);
  const count = draft.callbacks.length;

  const add = (type: CallbackTypeName) => {
    store.edit((current) => addEntry(current, type, CALLBACK_CATALOG[type].initialParams()));
    setAnnouncement(`${CALLBACK_CATALOG[type].title} added at position ${count + 1}.`);
  };

  const move = useCallback(
    (entryId: string, toIndex: number) => {
      const previous = document.activeElement;
      store.edit((current) => moveEntry(current, entryId, toIndex));
      const after = store.getState().draft.callbacks;
      const position = after.findIndex((entry) => entry.id === entryId);
      const moved = after[position];
      if (moved) setAnnouncement(`${CALLBACK_CATALOG[moved.type].title} moved to position ${position + 1} of ${after.length}.`);
      refocus(entryId, previous);
    },
    [store],
  );

  const note = lrWriterNote(draft.callbacks);
  const rateLocked = rateLockedReason(draft.optimizer);
  return (
    <section className="panel stack-panel" aria-labelledby="stack-heading">
      <div className="panel-heading">
        <h2 id="stack-heading">Callback stack</h2>
        <p className="panel-hint">Runs top to bottom, as Keras runs its callback list.</p>
      </div>
      <div className="palette" role="group" aria-label="Add a callback">
        {PALETTE_TYPES.map((type) => (
          <button
            key={type}
            type="button"
            className="palette-button"
            title={CALLBACK_CATALOG[type].summary}
            disabled={rateLocked !== null && RATE_SETTERS.has(type)}
            aria-describedby={rateLocked !== null && RATE_SETTERS.has(type) ? 'palette-rate-locked' : undefined}
            onClick={() => add(type)}
          >
            <span aria-hidden="true">+ </span>
            {CALLBACK_CATALOG[type].title}
          </button>
        ))}
      </div>
      {rateLocked && <RateLockNote id="palette-rate-locked" keras={rateLocked} lead="ReduceLROnPlateau and LearningRateScheduler are off:" />}
      {count === 0 ? (
        <p className="empty-state">No callbacks yet: add one above, or pick a lesson. Training without callbacks is fine too.</p>
      ) : (
        <ol className="stack-list" aria-label="Callbacks, in the order they run" onDragLeave={() => setDropIndex(null)}>
          {draft.callbacks.map((entry, index) => (
            <StackEntryCard
              key={entry.id}
              entry={entry}
              index={index}
              count={count}
              problems={(name) => problemAt(validation, `callbacks[${index}].params.${name}`)}
              otherProblems={entryProblems(validation, index, CALLBACK_CATALOG[entry.type].params.map((param) => param.name))}
              monitorChoices={choices}
              dragArmed={armedId === entry.id}
              dropTarget={dropIndex === index && armedId !== null && armedId !== entry.id}
              onParam={(name, value) => store.edit((current) => setParam(current, entry.id, name, value))}
              onMove={(toIndex) => move(entry.id, toIndex)}
              onDuplicate={() => {
                store.edit((current) => duplicateEntry(current, entry.id));
                setAnnouncement(`${CALLBACK_CATALOG[entry.type].title} duplicated at position ${index + 2}.`);
              }}
              onRemove={() => {
                store.edit((current) => removeEntry(current, entry.id));
                setAnnouncement(`${CALLBACK_CATALOG[entry.type].title} removed.`);
              }}
              onEnabled={(enabled) => store.edit((current) => setEntryEnabled(current, entry.id, enabled))}
              onArmDrag={(armed) => setArmedId(armed ? entry.id : null)}
              onDragOver={() => setDropIndex(index)}
              onDrop={(draggedId) => {
                setArmedId(null);
                setDropIndex(null);
                if (draggedId) move(draggedId, index);
              }}
            />
          ))}
        </ol>
      )}
      {note && (
        <p className="note" role="note">
          {note}
        </p>
      )}
      <p className="visually-hidden" aria-live="polite" data-testid="stack-announcement">
        {announcement}
      </p>
    </section>
  );
}
