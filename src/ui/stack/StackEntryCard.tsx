/**
 * One callback in the stack: its position, what it does, a link to Keras's
 * docs, enable/duplicate/remove/move controls, and its parameters. Alt+↑ and
 * Alt+↓ move it from anywhere inside the card (but inside a code editor,
 * where those keys move lines).
 */
import type { DragEvent, KeyboardEvent } from 'react';
import type { DraftEntry } from '../state/runDraft';
import { CALLBACK_CATALOG } from './callbackCatalog';
import { ParamField } from './ParamField';

interface StackEntryCardProps {
  entry: DraftEntry;
  index: number;
  count: number;
  problems: (name: string) => string | null;
  otherProblems: readonly string[];
  monitorChoices: readonly string[];
  dragArmed: boolean;
  dropTarget: boolean;
  onParam: (name: string, value: unknown) => void;
  onMove: (toIndex: number, via: 'keyboard' | 'button' | 'drag') => void;
  onDuplicate: () => void;
  onRemove: () => void;
  onEnabled: (enabled: boolean) => void;
  onArmDrag: (armed: boolean) => void;
  onDragOver: () => void;
  onDrop: (draggedId: string) => void;
}

export function StackEntryCard(props: StackEntryCardProps) {
  const { entry, index, count } = props;
  const info = CALLBACK_CATALOG[entry.type];
  const primary = info.params.slice(0, info.primary);
  const more = info.params.slice(info.primary);
  const moreHasProblem = more.some((param) => props.problems(param.name) !== null);
  const moreSet = more.filter((param) => entry.params[param.name] !== undefined);
  const titleId = `${entry.id}-title`;

  const onKeyDown = (event: KeyboardEvent<HTMLLIElement>) => {
    if (!event.altKey || (event.key !== 'ArrowUp' && event.key !== 'ArrowDown')) return;
    if ((event.target as HTMLElement).closest('.cm-editor')) return;
    event.preventDefault();
    props.onMove(index + (event.key === 'ArrowUp' ? -1 : 1), 'keyboard');
  };

  const onDragStart = (event: DragEvent<HTMLLIElement>) => {
    event.dataTransfer.setData('text/plain', entry.id);
    event.dataTransfer.effectAllowed = 'move';
  };

  const field = (param: (typeof info.params)[number]) => (
    <ParamField
      key={param.name}
      entryId={entry.id}
      param={param}
      value={entry.params[param.name]}
      problem={props.problems(param.name)}
      monitorChoices={props.monitorChoices}
      onChange={(value) => props.onParam(param.name, value)}
      defaultLabel={info.plateauOwn ? 'Default' : 'Keras default'}
    />
  );

  return (
    <li
      className={`stack-card${entry.enabled ? '' : ' is-disabled'}${props.dropTarget ? ' is-drop-target' : ''}`}
      aria-labelledby={titleId}
      data-entry-id={entry.id}
      data-testid="stack-entry"
      draggable={props.dragArmed}
      onDragStart={onDragStart}
      onDragEnd={() => props.onArmDrag(false)}
      onDragOver={(event) => {
        event.preventDefault();
        props.onDragOver();
      }}
      onDrop={(event) => {
        event.preventDefault();
        props.onDrop(event.dataTransfer.getData('text/plain'));
      }}
      onKeyDown={onKeyDown}
    >
      <header className="stack-card-header">
        <span
          className="drag-handle"
          aria-hidden="true"
          title="Drag to reorder (or Alt+↑ / Alt+↓)"
          onPointerDown={() => props.onArmDrag(true)}
          onPointerUp={() => props.onArmDrag(false)}
        >
          ⋮⋮
        </span>
        <span className="stack-position" aria-hidden="true">
          {index + 1}
        </span>
        <div className="stack-card-title">
          <h3 id={titleId}>
            {info.title}
            <span className="visually-hidden">{`, position ${index + 1} of ${count}${entry.enabled ? '' : ', disabled'}`}</span>
          </h3>
          <p className="stack-card-summary">
            {info.summary}{' '}
            <a href={info.docsUrl} target="_blank" rel="noreferrer">
              {info.plateauOwn ? 'How it works' : 'Keras docs'}<span className="visually-hidden"> for {info.title}</span>
            </a>
          </p>
        </div>
        <div className="stack-card-actions">
          <label className="toggle">
            <input type="checkbox" checked={entry.enabled} onChange={(event) => props.onEnabled(event.target.checked)} />
            <span>On</span>
            <span className="visually-hidden"> ({info.title} enabled)</span>
          </label>
          <button type="button" className="icon-button" data-move="up" aria-label={`Move ${info.title} up`} disabled={index === 0} onClick={() => props.onMove(index - 1, 'button')}>
            ↑
          </button>
          <button type="button" className="icon-button" data-move="down" aria-label={`Move ${info.title} down`} disabled={index === count - 1} onClick={() => props.onMove(index + 1, 'button')}>
            ↓
          </button>
          <button type="button" className="icon-button" aria-label={`Duplicate ${info.title}`} title="Duplicate" onClick={props.onDuplicate}>
            <svg width="14" height="14" viewBox="0 0 16 16" aria-hidden="true">
              <rect x="5" y="5" width="9" height="9" rx="1.5" fill="none" stroke="currentColor" strokeWidth="1.5" />
              <path d="M2.5 10.5V3.5a1 1 0 0 1 1-1h7" fill="none" stroke="currentColor" strokeWidth="1.5" />
            </svg>
          </button>
          <button type="button" className="icon-button danger" aria-label={`Remove ${info.title}`} title="Remove" onClick={props.onRemove}>
            ✕
          </button>
        </div>
      </header>
      {(
        <div className="stack-card-body">
          {info.params.length === 0 && <p className="muted">Edit this callback’s hooks in the JSON view.</p>}
          <div className="param-grid">{primary.map(field)}</div>
          {more.length > 0 && (
            <details className="more-params" open={moreHasProblem || undefined}>
              <summary>
                More parameters
                {moreSet.length > 0
                  ? `: ${moreSet.map((param) => `${param.name} = ${JSON.stringify(entry.params[param.name])}`).join(', ')}; the rest at Keras defaults`
                  : `: ${more.map((param) => param.name).join(', ')}, at Keras defaults`}
              </summary>
              <div className="param-grid">{more.map(field)}</div>
            </details>
          )}
          {props.otherProblems.map((message) => (
            <p key={message} className="field-error">
              {message}
            </p>
          ))}
        </div>
      )}
    </li>
  );
}
