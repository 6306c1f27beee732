/**
 * Validates raw input against a schema and reports every problem with its
 * path, the one shape of answer the forms, the JSON import, the share link
 * and the CLI all use.
 */
import type { z } from 'zod';
import { paramNamesAt } from './callbackSchemas';
import { describeIssues, type FieldProblem } from './issuePath';

export type ParseResult<T> = { ok: true; value: T } | { ok: false; problems: FieldProblem[] };

export function parseWith<S extends z.ZodType>(schema: S, raw: unknown, topLevelKeys: readonly string[]): ParseResult<z.output<S>> {
  const result = schema.safeParse(raw);
  if (result.success) return { ok: true, value: result.data };
  const knownKeysAt = (path: readonly PropertyKey[]): readonly string[] =>
    paramNamesAt(raw, path) ?? (path.length === 0 ? topLevelKeys : []);
  return { ok: false, problems: describeIssues(result.error, knownKeysAt) };
}

export function problemsToText(problems: readonly FieldProblem[]): string {
  return problems.map(({ path, message }) => (path ? `${path}: ${message}` : message)).join('\n');
}
