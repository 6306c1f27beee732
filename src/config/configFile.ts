/**
 * The setup as a JSON file, the one a user downloads, edits by hand, drops
 * back on the page or hands to `npm run export-keras`. Written in full
 * (every default spelled out, so that a reader sees every knob) and led by
 * its version `v`; read through migration and the one schema, with problems
 * that name the path (`callbacks[1].params.factor: ...`).
 */
import { parseJsonText } from './jsonSyntax';
import { parseVersionedRunConfig, RUN_CONFIG_MIGRATIONS, type Migrations } from './migrate';
import type { ParseResult } from './parseResult';
import type { RunConfig } from './runConfig';

/** Far above any setup, even one holding a CSV dataset; keeps a wrong file from stalling the page. */
export const MAX_CONFIG_FILE_CHARS = 10_000_000;

export function exportConfigJson(config: RunConfig): string {
  const { v, ...rest } = config;
  return `${JSON.stringify({ v, ...rest }, null, 2)}\n`;
}

export function importConfigJson(text: string, migrations: Migrations = RUN_CONFIG_MIGRATIONS): ParseResult<RunConfig> {
  if (text.length > MAX_CONFIG_FILE_CHARS) {
    return { ok: false, problems: [{ path: '', message: `the file is too large (${text.length} characters; at most ${MAX_CONFIG_FILE_CHARS})` }] };
  }
  const withoutBom = text.startsWith('\uFEFF') ? text.slice(1) : text;
  if (withoutBom.trim() === '') return { ok: false, problems: [{ path: '', message: 'the file is empty' }] };
  const json = parseJsonText(withoutBom);
  return json.ok ? parseVersionedRunConfig(json.value, migrations) : json;
}
