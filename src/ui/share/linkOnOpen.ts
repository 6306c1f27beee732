/**
 * What the page does with the link it was opened with: a share link in the
 * hash (`#p1.…`) becomes the run, its code held back for consent; a link
 * that cannot be read leaves the default run and says what was wrong.
 * A compare link (`#c1.…`) is left to the compare section.
 */
import type { FieldProblem } from '../../config/issuePath';
import { decodeShareLink, shareLinkKind } from '../../config/shareLink';
import type { ConfigStore } from '../state/configStore';

export type LinkOutcome = { kind: 'none' } | { kind: 'loaded' } | { kind: 'refused'; problems: FieldProblem[] };

export function applyLinkOnOpen(hash: string, store: ConfigStore): LinkOutcome {
  const text = hash.replace(/^#/, '');
  // Compare links are opened by the compare section (compareLinkOnOpen.ts).
  if (shareLinkKind(text) !== 'run') return { kind: 'none' };
  const decoded = decodeShareLink(text);
  if (!decoded.ok) return { kind: 'refused', problems: decoded.problems };
  store.loadUntrusted(decoded.value, 'a link');
  return { kind: 'loaded' };
}
