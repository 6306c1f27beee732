/**
 * The setup the page keeps between visits: `{"v": 1, "link": "p1.…"}`, the
 * run packed by the share-link codec (so the config inside carries its own
 * `v` and migrates as a link does). `v` here versions the envelope; a newer
 * or damaged envelope is ignored with a reason, never thrown.
 *
 * Pure: the caller reads and writes the browser's storage.
 */
import { isJsonObject } from './migrate';
import { parseJsonText } from './jsonSyntax';
import type { RunConfig } from './runConfig';
import { decodeShareLink, encodeShareLink } from './shareLink';

export const SAVED_SETUP_VERSION = 1;

export type SavedSetup = { kind: 'none' } | { kind: 'restored'; config: RunConfig } | { kind: 'ignored'; reason: string };

export function encodeSavedSetup(config: RunConfig): string {
  return JSON.stringify({ v: SAVED_SETUP_VERSION, link: encodeShareLink(config) });
}

/** What was saved, read back; `null` (nothing saved) is `none`. */
export function readSavedSetup(text: string | null): SavedSetup {
  if (text === null) return { kind: 'none' };
  const json = parseJsonText(text);
  if (!json.ok || !isJsonObject(json.value)) return { kind: 'ignored', reason: 'it is not a saved Plateau setup' };
  const { v, link } = json.value;
  if (typeof v !== 'number') return { kind: 'ignored', reason: 'it has no version' };
  if (v > SAVED_SETUP_VERSION) return { kind: 'ignored', reason: `it was saved by a newer Plateau (version ${v})` };
  if (v !== SAVED_SETUP_VERSION || typeof link !== 'string') return { kind: 'ignored', reason: `it has an unknown format (version ${v})` };
  const decoded = decodeShareLink(link);
  if (!decoded.ok) return { kind: 'ignored', reason: decoded.problems.map((problem) => (problem.path ? `${problem.path}: ${problem.message}` : problem.message)).join('; ') };
  return { kind: 'restored', config: decoded.value };
}
