/**
 * Why the learning rate cannot be set while a schedule drives it, in plain
 * words, with Keras's own TypeError one click away. `id` names the plain
 * sentence, which is what a locked field is described by.
 */

export const RATE_LOCK_PLAIN = 'A schedule sets the rate at every step, so callbacks cannot change it.';


export function RateLockNote({ id, keras, lead }: { id: string; keras: string; lead?: string }) {
  return (
    <span className="setting-hint locked-reason">
      <span id={id}>{lead ? `${lead} ${RATE_LOCK_PLAIN}` : RATE_LOCK_PLAIN}</span>
      <details className="keras-message">
        <summary>Keras&apos;s message</summary>
        <code>TypeError: {keras}</code>
      </details>
    </span>
  );
}
