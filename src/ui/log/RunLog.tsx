/** The run log: one line per callback action, warning or message, filterable by callback. */
import { memo, useMemo, useState } from 'react';
import { useStore } from '../state/useStore';
import { readoutThrottled } from '../watch/readoutThrottle';
import type { RunSessionStore } from '../watch/runSession';
import { logAnnouncement } from './logAnnouncement';
import { ALL_CALLBACKS, buildLogLines, filterLogLines, logCallbacks, WARNINGS_ONLY, type LogLine } from './logLines';

const LINES_SHOWN = 1_000;

/** A line's key for as long as it lives: lines are made once per source (`buildLogLines`), so a new update renders only its new lines. */
const lineKeys = new WeakMap<LogLine, number>();
let nextLineKey = 0;
function keyOf(line: LogLine): number {
  let key = lineKeys.get(line);
  if (key === undefined) {
    key = nextLineKey++;
    lineKeys.set(line, key);
  }
  return key;
}

const LogRow = memo(function LogRow({ line }: { line: LogLine }) {
  return (
    <li className={`log-line log-${line.kind}`}>
      <span className="log-callback">{line.callback}</span>
      <span className="log-text">{line.text}</span>
    </li>
  );
});

export function RunLog({ session }: { session: RunSessionStore }) {
  const throttled = useMemo(() => readoutThrottled(session), [session]);
  const events = useStore(throttled, (state) => state.events);
  const warnings = useStore(throttled, (state) => state.warnings);
  const messages = useStore(throttled, (state) => state.messages);
  const test = useStore(throttled, (state) => state.summary?.test ?? null);
  const [filter, setFilter] = useState(ALL_CALLBACKS);
  const lines = useMemo(() => buildLogLines(events, warnings, messages, test), [events, warnings, messages, test]);
  const shown = useMemo(() => filterLogLines(lines, filter), [lines, filter]);
  const callbacks = useMemo(() => logCallbacks(lines), [lines]);
  // The lines the live region has already announced, so each update reads only what is new (React's "state from the previous render").
  const [announced, setAnnounced] = useState({ lines: shown, text: '' });
  if (announced.lines !== shown) setAnnounced({ lines: shown, text: logAnnouncement(shown, announced.lines.length) });

  return (
    <section className="panel log-panel" aria-labelledby="log-heading">
      <div className="panel-heading">
        <h2 id="log-heading">Run log</h2>
        <div className="log-filter">
          <label htmlFor="log-filter">Show</label>
          <select id="log-filter" value={filter} onChange={(event) => setFilter(event.target.value)}>
            <option value={ALL_CALLBACKS}>All callbacks</option>
            {callbacks.map((name) => (
              <option key={name} value={name}>
                {name}
              </option>
            ))}
            <option value={WARNINGS_ONLY}>Warnings</option>
          </select>
        </div>
      </div>
      {shown.length === 0 ? (
        <p className="empty-state">{lines.length === 0 ? 'Each callback action appears here as Keras would print it.' : 'Nothing for this filter yet.'}</p>
      ) : (
        // Focusable: with an epoch line per epoch (fit's verbose) the list scrolls, and a keyboard must reach it.
        <ol className="run-log" aria-label="Run log lines" data-testid="run-log" tabIndex={0}>
          {shown.slice(-LINES_SHOWN).map((line) => (
            <LogRow key={keyOf(line)} line={line} />
          ))}
        </ol>
      )}
      <p className="visually-hidden" aria-live="polite" data-testid="run-log-announcement">
        {announced.text}
      </p>
    </section>
  );
}
