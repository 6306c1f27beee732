/**
 * The setup in a URL: `p1.<data>.<check>`. `p1` names the link format (JSON,
 * compressed with lz-string's URL-safe alphabet); `<data>` is the RunConfig
 * with every field that equals its default left out, and its `v` always
 * kept, so the config inside migrates as a JSON file does; `<check>` is a
 * checksum of `<data>`, so that a link cut short or edited by hand is
 * reported as such instead of opening some other setup.
 *
 * Compare setups travel as their own kind of link, `c1.` (compareLink.ts),
 * through the same envelope; `shareLinkKind` tells the page which it holds.
 *
 * Pure: the caller reads and writes `location`.
 */
import LZString from 'lz-string';
import { parseJsonText } from './jsonSyntax';
import { isJsonObject, parseVersionedRunConfig, RUN_CONFIG_MIGRATIONS, type JsonObject, type Migrations } from './migrate';
import type { ParseResult } from './parseResult';
import { runConfigSchema, type RunConfig } from './runConfig';

export const SHARE_LINK_FORMAT = 1;

/** The letter before the format names what the link holds: a run setup, or a compare setup (compareLink.ts). */
const KIND_LETTERS = { run: 'p', compare: 'c' } as const;
export type ShareLinkKind = keyof typeof KIND_LETTERS;

/**
 * Longer links are refused unread: lz-string's output can grow with the
 * square of its input, so a crafted link could otherwise stall the page.
 * A setup this large (a CSV dataset) travels as a JSON file instead.
 */
export const MAX_SHARE_LINK_CHARS = 16_384;
const MAX_JSON_CHARS = 2_000_000;

/** FNV-1a, 32 bits, in base 36: enough to tell a damaged link from a sound one. */
function checksum(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(36);
}

const sameJson = (a: unknown, b: unknown): boolean => JSON.stringify(a) === JSON.stringify(b);

/**
 * Removes, from the outside in, every field whose absence the schema fills
 * back with the same value. Driven by the schema itself, so a new field with
 * a default needs no change here (TF Playground's one-table idea).
 */
function omitDefaults(config: RunConfig): JsonObject {
  const root = JSON.parse(JSON.stringify(config)) as JsonObject;
  const parsed = runConfigSchema.safeParse(config);
  if (!parsed.success) return root;
  const canonical = parsed.data;
  const stillSame = (): boolean => {
    const parsed = runConfigSchema.safeParse(root);
    return parsed.success && sameJson(parsed.data, canonical);
  };
  const prune = (node: JsonObject, isRoot: boolean): void => {
    for (const key of Object.keys(node)) {
      if (isRoot && key === 'v') continue;
      const value = node[key];
      delete node[key];
      if (stillSame()) continue;
      node[key] = value;
      const children = Array.isArray(value) ? (value as unknown[]) : [value];
      for (const child of children) if (isJsonObject(child)) prune(child, false);
    }
  };
  prune(root, true);
  return root;
}

/** The config as the link carries it: defaults left out, `v` kept. */
export function compactRunConfig(config: RunConfig): JsonObject {
  const { callbacks, ...rest } = config;
  // Callbacks have no schema defaults to omit, and parsing them compiles user code: leave them out of the search.
  const compact = omitDefaults({ ...rest, callbacks: [] });
  if (callbacks.length === 0) return compact;
  const entries = callbacks.map(({ params, ...entry }) => (Object.keys(params).length === 0 ? entry : { ...entry, params }));
  return { ...compact, callbacks: entries };
}

/** Packs JSON text as a link, whatever it holds. */
export function packShareLinkText(jsonText: string, kind: ShareLinkKind = 'run'): string {
  const data = LZString.compressToEncodedURIComponent(jsonText);
  return `${KIND_LETTERS[kind]}${SHARE_LINK_FORMAT}.${data}.${checksum(data)}`;
}

/** Packs any JSON value as a link; `encodeShareLink` is this over the compacted config. */
export function packShareLink(json: unknown, kind: ShareLinkKind = 'run'): string {
  return packShareLinkText(JSON.stringify(json), kind);
}

/** What a link holds, judged by its tag alone, so that the page can open it in the right view. */
export function shareLinkKind(text: string): ShareLinkKind | null {
  const tag = /^#?([a-z])\d+\./.exec(text.trim())?.[1];
  return (Object.keys(KIND_LETTERS) as ShareLinkKind[]).find((kind) => KIND_LETTERS[kind] === tag) ?? null;
}

export function encodeShareLink(config: RunConfig): string {
  return packShareLink(compactRunConfig(config));
}

function failure(message: string): ParseResult<never> {
  return { ok: false, problems: [{ path: '', message }] };
}

function unpack(link: string, kind: ShareLinkKind): ParseResult<string> {
  const letter = KIND_LETTERS[kind];
  const format = /^([a-z])(\d+)\./.exec(link);
  if (!format) return failure(`this is not a Plateau setup link (it should start with ${letter}${SHARE_LINK_FORMAT}.)`);
  const found = shareLinkKind(link);
  if (found !== null && found !== kind) return failure(`this link holds a ${found} setup, not a ${kind} setup`);
  const version = Number(format[2]);
  const tag = `${format[1]}${version}`;
  if (found === null) return failure(`unknown link format ${tag}; this page reads ${letter}${SHARE_LINK_FORMAT} links`);
  if (version > SHARE_LINK_FORMAT) return failure(`the link was made by a newer Plateau (link format ${tag}); this page reads ${letter}${SHARE_LINK_FORMAT} links`);
  if (version !== SHARE_LINK_FORMAT) return failure(`unknown link format ${tag}; this page reads ${letter}${SHARE_LINK_FORMAT} links`);
  const body = link.slice(format[0].length);
  const dot = body.lastIndexOf('.');
  if (dot < 0) return failure('the link is cut short: its end (a checksum) is missing; copy the whole link again');
  // A query string may have turned the alphabet's "+" into spaces.
  const data = body.slice(0, dot).replaceAll(' ', '+');
  if (checksum(data) !== body.slice(dot + 1)) {
    return failure('the link is damaged: it was cut short or changed, so its checksum does not match; copy the whole link again');
  }
  let json: string | null;
  try {
    json = LZString.decompressFromEncodedURIComponent(data);
  } catch {
    json = null;
  }
  if (!json) return failure('the link\'s data cannot be decompressed');
  if (json.length > MAX_JSON_CHARS) return failure(`the link's setup is too large (${json.length} characters; at most ${MAX_JSON_CHARS})`);
  return { ok: true, value: json };
}

/** The JSON a link of this kind carries; never throws. */
export function readShareLinkJson(text: string, kind: ShareLinkKind): ParseResult<unknown> {
  if (typeof text !== 'string') return failure('the link must be text');
  const link = text.trim().replace(/^#/, '');
  if (link === '') return failure('the link holds no setup');
  if (link.length > MAX_SHARE_LINK_CHARS) return failure(`the link is too long (${link.length} characters; at most ${MAX_SHARE_LINK_CHARS})`);
  const unpacked = unpack(link, kind);
  if (!unpacked.ok) return unpacked;
  const json = parseJsonText(unpacked.value);
  if (!json.ok) return failure(`the link's data is not valid JSON (${json.problems.map((problem) => problem.message).join('; ')})`);
  return json;
}

/** Never throws: a broken link gives problems saying what is wrong and where. */
export function decodeShareLink(text: string, migrations: Migrations = RUN_CONFIG_MIGRATIONS): ParseResult<RunConfig> {
  const json = readShareLinkJson(text, 'run');
  return json.ok ? parseVersionedRunConfig(json.value, migrations) : json;
}
