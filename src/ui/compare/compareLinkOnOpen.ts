/**
 * A compare link (`#c1.…`) the page was opened with: its setup becomes the
 * compare section's starting variants; a link that cannot be read says
 * what was wrong there. Run links (`#p1.…`) are the share bar's.
 */
import type { CompareConfig } from '../../config/compareConfig';
import { decodeCompareLink } from '../../config/compareLink';
import type { FieldProblem } from '../../config/issuePath';
import { shareLinkKind } from '../../config/shareLink';

export type CompareLinkOutcome = { kind: 'none' } | { kind: 'loaded'; setup: CompareConfig } | { kind: 'refused'; problems: FieldProblem[] };

export function compareLinkOnOpen(hash: string): CompareLinkOutcome {
  const text = hash.replace(/^#/, '');
  if (shareLinkKind(text) !== 'compare') return { kind: 'none' };
  const decoded = decodeCompareLink(text);
  return decoded.ok ? { kind: 'loaded', setup: decoded.value } : { kind: 'refused', problems: decoded.problems };
}
