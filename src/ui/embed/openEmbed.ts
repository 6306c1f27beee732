/**
 * What the embedded page opens with: the named lesson, then the share link
 * in the hash over it (its code held back for consent, as on the full
 * page). Whatever cannot be opened is said in one sentence each, and the
 * frame still shows a run: the lesson, or the default one.
 */
import type { EmbedRequest } from '../../config/embedLink';
import type { Preset } from '../../config/presets';
import { applyLinkOnOpen } from '../share/linkOnOpen';
import type { ConfigStore } from '../state/configStore';
import { loadNamedLesson } from '../lessons/namedLesson';

export interface EmbedOpening {
  lesson: Preset | null;
  problems: string[];
}

export function openEmbed(request: EmbedRequest, hash: string, store: ConfigStore): EmbedOpening {
  const { lesson, problem } = loadNamedLesson(request.presetName, store);
  const problems = problem ? [problem] : [];
  const link = applyLinkOnOpen(hash, store);
  if (link.kind === 'refused') {
    const shown = lesson ? `the lesson "${lesson.title}"` : 'the default run';
    const why = link.problems.map((entry) => (entry.path ? `${entry.path}: ${entry.message}` : entry.message)).join('; ');
    problems.push(`The link in this address could not be opened, so ${shown} is shown: ${why}`);
  }
  return { lesson, problems };
}
