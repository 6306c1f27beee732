/**
 * The lesson an address names (`?preset=ID`): loaded as the page's own run,
 * its code trusted as any lesson's is. An unknown id leaves the run as it was
 * and says which lessons exist, so a mistyped link never shows a blank page.
 */
import { findPreset } from '../../config/embedLink';
import type { Preset } from '../../config/presets';
import type { ConfigStore } from '../state/configStore';

export interface NamedLesson {
  lesson: Preset | null;
  problem: string | null;
}

export function loadNamedLesson(name: string | null, store: ConfigStore): NamedLesson {
  if (name === null) return { lesson: null, problem: null };
  const found = findPreset(name);
  if (!found.ok) return { lesson: null, problem: found.message };
  store.load(found.config);
  return { lesson: found.preset, problem: null };
}

/** `?preset=ID` in a query string, or null. */
export function lessonNameIn(search: string): string | null {
  return new URLSearchParams(search).get('preset')?.trim() || null;
}
