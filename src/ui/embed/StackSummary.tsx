/** The embedded run, read-only: what it trains, and its callbacks as Keras calls. */
import { useStore } from '../state/useStore';
import type { ConfigStore } from '../state/configStore';
import { callbackLines, runLine } from './stackSummary';

export function StackSummary({ store }: { store: ConfigStore }) {
  const validation = useStore(store, (state) => state.validation);
  if (!validation.ok) return null;
  const lines = callbackLines(validation.config);
  return (
    <section className="embed-stack" aria-labelledby="embed-stack-heading">
      <h2 id="embed-stack-heading">Callbacks</h2>
      <p className="embed-run-line">{runLine(validation.config)}</p>
      {lines.length === 0 ? (
        <p className="muted">No callbacks: plain fit.</p>
      ) : (
        <ol className="embed-stack-list" data-testid="embed-stack">
          {lines.map((line, index) => (
            <li key={index} className={line.disabled ? 'is-disabled' : undefined}>
              <code>{line.text}</code>
              {line.disabled && <span className="muted"> (off)</span>}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
