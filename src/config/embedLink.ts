/**
 * Embed mode in the address: `?embed=1` asks for the compact page an iframe
 * shows, `&preset=ID` names a lesson (presets.ts ids), `&autostart=1` starts
 * training once the page is ready. A share link in the hash (`#p1.…`), when
 * present and sound, is the setup; the lesson then only titles it, and is
 * the fallback when that link cannot be opened.
 *
 * Pure: the caller reads `location` and writes the clipboard.
 */
import { PRESETS, type Preset } from './presets';
import { parseRunConfig, type RunConfig } from './runConfig';
import { encodeShareLink } from './shareLink';

export interface EmbedRequest {
  /** The lesson id as written in the address; null when none was named. */
  presetName: string | null;
  autostart: boolean;
}

const YES = new Set(['1', 'true', 'yes', '']);

function flag(params: URLSearchParams, name: string): boolean {
  const value = params.get(name);
  return value !== null && YES.has(value.trim().toLowerCase());
}

/** The embed request in a query string, or null for the full page. */
export function embedRequest(search: string): EmbedRequest | null {
  const params = new URLSearchParams(search);
  if (!flag(params, 'embed')) return null;
  const presetName = params.get('preset')?.trim() || null;
  return { presetName, autostart: flag(params, 'autostart') };
}

export type PresetLookup = { ok: true; preset: Preset; config: RunConfig } | { ok: false; message: string };

/** A lesson by its id, with its run; an unknown id gets a message listing the known ones. */
export function findPreset(name: string): PresetLookup {
  const preset = PRESETS.find((candidate) => candidate.id === name);
  if (!preset) {
    const known = PRESETS.map((candidate) => candidate.id).join(', ');
    const shown = name.length > 60 ? `${name.slice(0, 57)}…` : name;
    return { ok: false, message: `There is no lesson called "${shown}". Lessons: ${known}.` };
  }
  const parsed = parseRunConfig(preset.config);
  if (!parsed.ok) return { ok: false, message: `The lesson "${preset.id}" does not load: ${parsed.problems[0]?.message ?? 'invalid'}` };
  return { ok: true, preset, config: parsed.value };
}

/** JSON with every object's keys sorted: two runs are the same whatever order the forms wrote their fields in. */
function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, inner: unknown) =>
    inner !== null && typeof inner === 'object' && !Array.isArray(inner)
      ? Object.fromEntries(Object.entries(inner).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : inner,
  );
}

/** The run as compared: key order ignored, an entry without `enabled` counted as switched on (as the page does). */
function comparable(config: RunConfig): string {
  return canonicalJson({ ...config, callbacks: config.callbacks.map((entry) => ({ ...entry, enabled: entry.enabled !== false })) });
}

/** Whether two configs are the same run, whatever order their fields were written in. */
export function sameRun(a: RunConfig, b: RunConfig): boolean {
  return comparable(a) === comparable(b);
}

/** The lesson whose run is exactly `config`, so a link can name it instead of carrying it (and its code). */
export function presetMatching(config: RunConfig): Preset | null {
  const run = comparable(config);
  return PRESETS.find((preset) => {
    const found = findPreset(preset.id);
    return found.ok && comparable(found.config) === run;
  }) ?? null;
}

/** Where a setup lives in an address: a lesson id, or a share link for anything else. */
export type SetupAddress = { presetId: string; hash?: undefined } | { presetId?: undefined; hash: string };

export function setupAddress(config: RunConfig): SetupAddress {
  const preset = presetMatching(config);
  return preset ? { presetId: preset.id } : { hash: encodeShareLink(config) };
}

/**
 * The page at `pageUrl` (origin and path) opened on `setup`, embedded or
 * full; `backend` is kept when the current page forced one.
 */
export function pageUrlFor(pageUrl: string, setup: SetupAddress, options: { embed: boolean; backend?: string | null }): string {
  const url = new URL(pageUrl);
  url.search = '';
  url.hash = '';
  if (options.embed) url.searchParams.set('embed', '1');
  if (setup.presetId) url.searchParams.set('preset', setup.presetId);
  if (options.backend) url.searchParams.set('backend', options.backend);
  if (setup.hash) url.hash = setup.hash;
  return url.toString();
}

export const EMBED_SIZE = { width: 600, height: 400 } as const;

function escapeAttribute(value: string): string {
  return value.replaceAll('&', '&amp;').replaceAll('"', '&quot;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');
}

/** The HTML a tutorial author pastes into a post. */
export function iframeSnippet(src: string, title: string, size: { width: number; height: number } = EMBED_SIZE): string {
  const attributes = [
    `src="${escapeAttribute(src)}"`,
    `width="${size.width}"`,
    `height="${size.height}"`,
    `title="${escapeAttribute(title)}"`,
    'loading="lazy"',
    'style="max-width: 100%; border: 1px solid #dde1e6; border-radius: 6px"',
  ];
  return `<iframe ${attributes.join(' ')}></iframe>`;
}

/** The iframe snippet for `config` on the page at `pageUrl`: a lesson by its id, anything else as a share link. */
export function embedCode(pageUrl: string, config: RunConfig): string {
  const preset = presetMatching(config);
  const setup: SetupAddress = preset ? { presetId: preset.id } : { hash: encodeShareLink(config) };
  // The frame's title is what a screen reader announces for it.
  const title = preset ? `Plateau: ${preset.title}` : 'Plateau: Keras callbacks, training live';
  return iframeSnippet(pageUrlFor(pageUrl, setup, { embed: true }), title);
}
