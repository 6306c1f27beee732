/**
 * A setup file the user picked or dropped, read through the one schema
 * (configFile.ts): the run, or problems naming their path. Never throws.
 */
import { importConfigJson, MAX_CONFIG_FILE_CHARS } from '../../config/configFile';
import type { ParseResult } from '../../config/parseResult';
import type { RunConfig } from '../../config/runConfig';

/** A UTF-8 character takes at most 4 bytes: anything larger cannot be a setup, so it is not read at all. */
const MAX_FILE_BYTES = MAX_CONFIG_FILE_CHARS * 4;

export async function readSetupFile(file: Blob): Promise<ParseResult<RunConfig>> {
  if (file.size > MAX_FILE_BYTES) {
    return { ok: false, problems: [{ path: '', message: `the file is too large (${file.size} bytes) to be a Plateau setup` }] };
  }
  let text: string;
  try {
    text = await file.text();
  } catch (error) {
    return { ok: false, problems: [{ path: '', message: `the file could not be read (${error instanceof Error ? error.message : String(error)})` }] };
  }
  return importConfigJson(text);
}
