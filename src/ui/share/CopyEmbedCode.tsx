/**
 * "Copy embed code": the iframe HTML that shows the current run in embed
 * mode, for a tutorial author to paste into a post. A lesson left unchanged
 * is embedded by its id; anything else travels as a share link.
 */
import { useState } from 'react';
import { embedCode } from '../../config/embedLink';
import type { ConfigStore, Validation } from '../state/configStore';
import { useStore } from '../state/useStore';

export function CopyEmbedCode({ store }: { store: ConfigStore }) {
  const validation = useStore(store, (state) => state.validation);
  const [copied, setCopied] = useState<{ snippet: string; of: Validation } | null>(null);

  const copy = () => {
    if (!validation.ok) return;
    const snippet = embedCode(window.location.href, validation.config);
    void navigator.clipboard?.writeText(snippet).catch(() => undefined);
    setCopied({ snippet, of: validation });
  };

  return (
    <>
      <button type="button" onClick={copy} disabled={!validation.ok}>
        Copy embed code
      </button>
      {/* Shown only while it still describes the run: an edit makes it stale. */}
      {copied?.of === validation && (
        <label className="muted embed-code">
          Embed code for this run (copied; paste it into your page):
          <textarea readOnly rows={3} value={copied.snippet} data-testid="embed-code" onFocus={(event) => event.currentTarget.select()} />
        </label>
      )}
    </>
  );
}
