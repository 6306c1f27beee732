/** The run log: one line per callback action, warning or message, filterable by callback. */
import { useMemo, useState } from 'react';
import { frameThrottled, useStore } from '../state/useStore';
import type { RunSessionStore } from '../watch/runSession';
import { ALL_CALLBACKS, buildLogLines, filterLogLines, logCallbacks, WARNINGS_ONLY } from './logLines';

const LINES_SHOWN = 1_000;

export function RunLog({ session }: { session: RunSessionStore }) {
  const throttled = useMemo(() => frameThrottled(session), [session]);
  const events = useStore(throttled, (state) => state.events);
  const warnings = useStore(throttled, (state) => state.warnings);
  const messages = useStore(throttled, (state) => state.messages);
  const test = useStore(throttled, (state) => state.summary?.test ?? null);
  const [filter, setFilter] = useState(ALL_CALLBACKS);
  const lines = useMemo(() => buildLogLines(events, warnings, messages, test), [events, warnings, messages, test]);
  const shown = filterLogLines(lines, filter);
  const callbacks = logCallbacks(lines);

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
        <ol className="run-log" aria-label="Run log lines" data-testid="run-log">
          {shown.slice(-LINES_SHOWN).map((line, index) => (
            <li key={index} className={`log-line log-${line.kind}`}>
              <span className="log-callback">{line.callback}</span>
              <span className="log-text">{line.text}</span>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
