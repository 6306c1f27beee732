/** One kept run in the Runs list: tick to overlay, its name (editable), when, key numbers, what changed, and its actions. */
import { memo, useState } from 'react';
import type { RunHead } from '../../storage';
import { bestText, runLabel, whenText } from './runLabels';

export interface RunActions {
  toggle: (id: string) => void;
  rename: (id: string, name: string) => void;
  remove: (id: string, label: string) => void;
  loadSetup: (head: RunHead) => void;
  replay: (head: RunHead) => void;
  /** False while the page trains: the setup cannot be swapped under a run. */
  canLoadSetup: boolean;
}

interface RunItemProps {
  head: RunHead;
  /** The run still trains in this page. */
  live: boolean;
  /** Its overlay colour when ticked. */
  colour: string | null;
  change: string | null;
  actions: RunActions;
}

function endingLabel(head: RunHead, live: boolean): string {
  if (head.ending === 'running') return live ? 'training' : 'interrupted';
  if (head.ending === 'imported') return head.origin.kind === 'imported' ? `imported ${head.origin.format.toUpperCase()}` : 'imported';
  const by = head.ending === 'stopped' ? /^Stopped by (\S+?)(?: at|,)/.exec(head.endingText)?.[1] : undefined;
  return by ? `stopped by ${by === 'Page' ? 'you' : by}` : head.ending;
}

export const RunItem = memo(function RunItem({ head, live, colour, change, actions }: RunItemProps) {
  const label = runLabel(head);
  const [draft, setDraft] = useState(head.name ?? '');
  const commit = () => {
    if (draft.trim() !== (head.name ?? '')) actions.rename(head.id, draft);
  };
  return (
    <li className={`run-item${colour ? ' ticked' : ''}`} data-testid="run-item" data-run-id={head.id} style={colour ? { borderInlineStartColor: colour } : undefined}>
      <div className="run-item-top">
        <input type="checkbox" checked={colour !== null} aria-label={`Overlay ${label}`} onChange={() => actions.toggle(head.id)} />
        <input
          className="run-name"
          type="text"
          value={draft}
          placeholder={label}
          aria-label={`Name of ${label}`}
          onChange={(event) => setDraft(event.target.value)}
          onBlur={commit}
          onKeyDown={(event) => {
            if (event.key === 'Enter') event.currentTarget.blur();
          }}
        />
        <span className={`run-ending ending-${head.ending}`} title={head.endingText}>
          {endingLabel(head, live)}
        </span>
      </div>
      <p className="run-facts">
        <time dateTime={new Date(head.createdAt).toISOString()}>{whenText(head)}</time> · {head.epochs} epoch{head.epochs === 1 ? '' : 's'} · best{' '}
        <span data-testid="run-best">{bestText(head)}</span>
        {head.test && ` · test loss ${head.test['loss']?.toPrecision(4) ?? '–'}`}
      </p>
      {change && (
        <p className="run-change" data-testid="run-change">
          vs. the run before: {change}
        </p>
      )}
      {head.configProblem && <p className="field-error">Its setup cannot be read: {head.configProblem}</p>}
      <div className="run-actions">
        <button type="button" className="link-button" disabled={!head.config || !actions.canLoadSetup} onClick={() => actions.loadSetup(head)}>
          Load setup
        </button>
        <button type="button" className="link-button" disabled={head.epochs === 0} onClick={() => actions.replay(head)}>
          Replay with another stack
        </button>
        <button type="button" className="link-button danger" disabled={live} onClick={() => actions.remove(head.id, label)}>
          Delete
        </button>
      </div>
    </li>
  );
});
