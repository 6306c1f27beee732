/**
 * What the page does with the link it was opened with: a share link in the
 * hash (`#p1.…`) becomes the run, its code held back for consent; a link
 * that cannot be read leaves the default run and says what was wrong.
 */
import type { FieldProblem } from '../../config/issuePath';
import { decodeShareLink, shareLinkKind } from '../../config/shareLink';
import type { ConfigStore } from '../state/configStore';

export type LinkOutcome = { kind: 'none' } | { kind: 'loaded' } | { kind: 'refused'; problems: FieldProblem[] };

export function applyLinkOnOpen(hash: string, store: ConfigStore): LinkOutcome {
  const text = hash.replace(/^#/, '');
  if (text === '' || shareLinkKind(text) !== 'run') {
    if (text === '') return { kind: 'none' };
    if (shareLinkKind(text) === null) return { kind: 'none' };
    return { kind: 'refused', problems: [{ path: '', message: 'this page opens run links; compare links open in the compare section' }] };
  }
  const decoded = decodeShareLink(text);
  if (!decoded.ok) return { kind: 'refused', problems: decoded.problems };
  store.loadUntrusted(decoded.value, 'a link');
  return { kind: 'loaded' };
}
