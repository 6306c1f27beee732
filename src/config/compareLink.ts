/**
 * A compare setup in a URL: `c1.<data>.<check>`, the share link's envelope
 * (shareLink.ts) around the compare config. Links stay short: the base and
 * each variant leave out their defaults, and the variants leave out the
 * dataset, model and fit settings they must share with the base, which the
 * reader puts back before validation. The base and every variant config
 * keep their own `v` and are migrated as any run setup is.
 */
import { COMPARE_CONFIG_VERSION, parseCompareConfig, type CompareConfig } from './compareConfig';
import type { FieldProblem } from './issuePath';
import { isJsonObject, migrateDocument, migrateRunConfig, RUN_CONFIG_MIGRATIONS, type JsonObject, type Migrations } from './migrate';
import type { ParseResult } from './parseResult';
import { compactRunConfig, packShareLink, readShareLinkJson } from './shareLink';

export const COMPARE_MIGRATIONS: Migrations = { current: COMPARE_CONFIG_VERSION, steps: {} };

const SHARED_SECTIONS = ['dataset', 'model', 'fit'] as const;

export function compactCompareConfig(setup: CompareConfig): JsonObject {
  return {
    v: setup.v,
    base: compactRunConfig(setup.base),
    variants: setup.variants.map(({ name, colour, config, seeds }) => {
      const compact = compactRunConfig(config);
      for (const section of SHARED_SECTIONS) delete compact[section];
      return { name, colour, config: compact, ...(seeds === undefined ? {} : { seeds }) };
    }),
  };
}

export function encodeCompareLink(setup: CompareConfig): string {
  return packShareLink(compactCompareConfig(setup), 'compare');
}

function prefixed(problems: readonly FieldProblem[], prefix: string): FieldProblem[] {
  return problems.map(({ path, message }) => ({ path: path === '' ? prefix : `${prefix}.${path}`, message }));
}

/** Each run config inside, with the shared sections put back from the base and migrated. */
function migrateInside(setup: JsonObject, runMigrations: Migrations): ParseResult<JsonObject> {
  const problems: FieldProblem[] = [];
  const migrate = (raw: unknown, path: string): unknown => {
    const migrated = migrateRunConfig(raw, runMigrations);
    if (migrated.ok) return migrated.value;
    problems.push(...prefixed(migrated.problems, path));
    return raw;
  };
  const base = migrate(setup.base, 'base');
  const rawBase = isJsonObject(setup.base) ? setup.base : {};
  const shared = Object.fromEntries(SHARED_SECTIONS.filter((key) => Object.hasOwn(rawBase, key)).map((key) => [key, rawBase[key]]));
  const variants = Array.isArray(setup.variants)
    ? setup.variants.map((variant: unknown, index) => {
        if (!isJsonObject(variant) || !isJsonObject(variant.config)) return variant;
        return { ...variant, config: migrate({ ...shared, ...variant.config }, `variants[${index}].config`) };
      })
    : setup.variants;
  return problems.length > 0 ? { ok: false, problems } : { ok: true, value: { ...setup, base, variants } };
}

/** Never throws: a broken link gives problems saying what is wrong and where (`variants[1].config.callbacks[0]...`). */
export function decodeCompareLink(text: string, runMigrations: Migrations = RUN_CONFIG_MIGRATIONS): ParseResult<CompareConfig> {
  const json = readShareLinkJson(text, 'compare');
  if (!json.ok) return json;
  return parseVersionedCompareConfig(json.value, runMigrations);
}

/** Migrates a compare setup from a link or a file, and the run configs inside it, then validates it. Never throws. */
export function parseVersionedCompareConfig(raw: unknown, runMigrations: Migrations = RUN_CONFIG_MIGRATIONS): ParseResult<CompareConfig> {
  const migrated = migrateDocument(raw, COMPARE_MIGRATIONS);
  if (!migrated.ok) return migrated;
  const inside = migrateInside(migrated.value as JsonObject, runMigrations);
  if (!inside.ok) return inside;
  try {
    return parseCompareConfig(inside.value);
  } catch (error) {
    return { ok: false, problems: [{ path: '', message: `this compare setup could not be read: ${error instanceof Error ? error.message : String(error)}` }] };
  }
}
