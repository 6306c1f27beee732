/**
 * Turns schema issues into messages that say what is wrong and where,
 * `callbacks[1].params.factor: must be < 1`, suggesting the right name for a
 * misspelled or snake_case parameter.
 */
import type { z } from 'zod';

export function formatPath(path: readonly PropertyKey[]): string {
  let text = '';
  for (const part of path) {
    if (typeof part === 'number') text += `[${part}]`;
    else text += text === '' ? String(part) : `.${String(part)}`;
  }
  return text;
}

function snakeToCamel(name: string): string {
  return name.replace(/_([a-z])/g, (_match, letter: string) => letter.toUpperCase());
}

function editDistance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_value, index) => index);
  for (let i = 1; i <= a.length; i++) {
    let diagonal = row[0] as number;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const above = row[j] as number;
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      row[j] = Math.min(above + 1, (row[j - 1] as number) + 1, diagonal + cost);
      diagonal = above;
    }
  }
  return row[b.length] as number;
}

/** The known name closest to `name`, if one is close enough to be what was meant. */
export function suggestName(name: string, known: readonly string[]): string | null {
  const camel = snakeToCamel(name);
  if (known.includes(camel)) return camel;
  let best: string | null = null;
  let bestDistance = Infinity;
  for (const candidate of known) {
    const distance = editDistance(camel.toLowerCase(), candidate.toLowerCase());
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  return bestDistance <= Math.max(2, Math.floor(camel.length / 4)) ? best : null;
}

export interface FieldProblem {
  path: string;
  message: string;
}

/** One problem per issue, with the unknown-key issues split per key and given suggestions. */
export function describeIssues(error: z.ZodError, knownKeysAt: (path: readonly PropertyKey[]) => readonly string[]): FieldProblem[] {
  const problems: FieldProblem[] = [];
  for (const issue of error.issues) {
    if (issue.code === 'unrecognized_keys') {
      for (const key of issue.keys) {
        const suggestion = suggestName(key, knownKeysAt(issue.path));
        problems.push({
          path: formatPath([...issue.path, key]),
          message: suggestion ? `unknown parameter; did you mean ${suggestion}?` : 'unknown parameter',
        });
      }
      continue;
    }
    problems.push({ path: formatPath(issue.path), message: issue.message });
  }
  return problems;
}
