/**
 * Upgrades a stored or shared setup to the current `RunConfig` version
 * before it is validated (STYLE.md: zustand's `migrate`, excalidraw's
 * versioned payloads). Every payload carries `v`; each step lifts a config
 * from version n to n + 1, so an old link walks up one version at a time.
 *
 * Adding a version: bump `RUN_CONFIG_VERSION`, then add the step from the old
 * one here. The steps see raw, unvalidated JSON, so they must tolerate
 * anything; what they leave wrong, the schema reports. For example, had v0
 * kept the learning rate at the top level as `lr`, its step would be
 *
 *     0: ({ lr, ...rest }) => lr === undefined ? rest
 *          : { ...rest, optimizer: { ...asObject(rest.optimizer), learningRate: lr } },
 *
 * (migrate.test.ts runs exactly that step; there is no real v0.)
 */
import type { ParseResult } from './parseResult';
import { parseRunConfig, RUN_CONFIG_VERSION, type RunConfig } from './runConfig';

export type JsonObject = Record<string, unknown>;

/** Lifts a config of version n (without its `v`) to version n + 1. */
export type MigrationStep = (config: JsonObject) => JsonObject;

/** `steps[n]` upgrades version n to n + 1. */
export interface Migrations {
  readonly current: number;
  readonly steps: Readonly<Partial<Record<number, MigrationStep>>>;
}

export function isJsonObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** v1 had no held-out test set: keep it that way, so an old link trains on the same rows as it did. */
function withoutTestSet(config: JsonObject): JsonObject {
  if (config.fit === undefined) return { ...config, fit: { testSplit: 0 } };
  if (!isJsonObject(config.fit) || Object.hasOwn(config.fit, 'testSplit')) return config;
  return { ...config, fit: { ...config.fit, testSplit: 0 } };
}

export const RUN_CONFIG_MIGRATIONS: Migrations = { current: RUN_CONFIG_VERSION, steps: { 1: withoutTestSet } };

function describeKind(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'string') return 'a string';
  return `a ${typeof value}`;
}

function failure(path: string, message: string): ParseResult<never> {
  return { ok: false, problems: [{ path, message }] };
}

/**
 * The config at the current version, still unvalidated. A config without
 * `v` is taken as current: the schema then accepts it or says why not.
 */
export function migrateRunConfig(raw: unknown, migrations: Migrations = RUN_CONFIG_MIGRATIONS): ParseResult<unknown> {
  return migrateDocument(raw, migrations);
}

/** The same walk for any versioned document, such as a compare setup. */
export function migrateDocument(raw: unknown, migrations: Migrations): ParseResult<unknown> {
  if (!isJsonObject(raw)) return failure('', `expected a setup object ({...}), got ${describeKind(raw)}`);
  if (!Object.hasOwn(raw, 'v')) return { ok: true, value: raw };
  const version = raw.v;
  const { current } = migrations;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 0) {
    return failure('v', `must be a version number such as ${current}, got ${JSON.stringify(version) ?? describeKind(version)}`);
  }
  if (version > current) {
    return failure('v', `made by a newer Plateau (v${version}); this page reads up to v${current}`);
  }
  let config: JsonObject = { ...raw };
  for (let from = version; from < current; from++) {
    const step = migrations.steps[from];
    if (!step) return failure('v', `v${from} is too old: this page cannot upgrade it to v${current}`);
    delete config.v;
    try {
      config = { ...step(config), v: from + 1 };
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      return failure('v', `could not upgrade from v${from} to v${from + 1}: ${reason}`);
    }
  }
  return { ok: true, value: config };
}

/** Migrates, then validates: what every reader of a stored or shared setup calls. */
export function parseVersionedRunConfig(raw: unknown, migrations: Migrations = RUN_CONFIG_MIGRATIONS): ParseResult<RunConfig> {
  const migrated = migrateRunConfig(raw, migrations);
  if (!migrated.ok) return migrated;
  try {
    return parseRunConfig(migrated.value);
  } catch (error) {
    // Input from a link or a file must never blank the page, even if a check deep in the schema throws.
    return failure('', `this setup could not be read: ${error instanceof Error ? error.message : String(error)}`);
  }
}
