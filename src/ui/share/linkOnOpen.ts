/**
 * What the page does with the link it was opened with: a share link in the
 * hash (`#p1.…`) becomes the run, its code held back for consent; a link
 * that cannot be read leaves the default run and says what was wrong.
 * A link whose CSV file was too big to carry loads the rest of the setup
 * and leaves the dataset waiting for the file (its form asks for it).
 * A compare link (`#c1.…`) is left to the compare section.
 */
import { takeAwaitedCsv } from '../../config/csvLink';
import type { FieldProblem } from '../../config/issuePath';
import { parseVersionedRunConfig } from '../../config/migrate';
import { readShareLinkJson, shareLinkKind } from '../../config/shareLink';
import type { ConfigStore } from '../state/configStore';
import { setDataset } from '../state/runDraft';

export type LinkOutcome = { kind: 'none' } | { kind: 'loaded' } | { kind: 'refused'; problems: FieldProblem[] };

export function applyLinkOnOpen(hash: string, store: ConfigStore): LinkOutcome {
  const text = hash.replace(/^#/, '');
  // Compare links are opened by the compare section (compareLinkOnOpen.ts).
  if (shareLinkKind(text) !== 'run') return { kind: 'none' };
  const json = readShareLinkJson(text, 'run');
  if (!json.ok) return { kind: 'refused', problems: json.problems };
  const awaited = takeAwaitedCsv(json.value);
  const decoded = parseVersionedRunConfig(awaited ? awaited.rest : json.value);
  if (!decoded.ok) return { kind: 'refused', problems: decoded.problems };
  store.loadUntrusted(decoded.value, 'a link');
  if (awaited) store.edit((draft) => setDataset(draft, awaited.dataset));
  return { kind: 'loaded' };
}
