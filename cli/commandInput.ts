/**
 * What the node commands share: one file argument, read as text, and the
 * one-line answer for input that cannot be used (exit code 2).
 */
import type { FieldProblem } from '../src/config/issuePath';
import { problemsToText } from '../src/config/parseResult';

export interface CommandResult {
  exitCode: 0 | 1 | 2;
  stdout: string;
  stderr: string;
}

/** Exit 2 with `message` as one line on stderr. */
export function invalidInput(message: string): CommandResult {
  return { exitCode: 2, stdout: '', stderr: `${message.replace(/\s*\n\s*/g, ' ')}\n` };
}

export type FileInput = { ok: true; file: string; text: string } | { ok: false; result: CommandResult };

/** The text of the command's single FILE argument (`-` is standard input, as `readText` decides). */
export function readFileArgument(args: readonly string[], usage: string, readText: (file: string) => string): FileInput {
  const [file, ...rest] = args;
  if (file === undefined || rest.length > 0) return { ok: false, result: invalidInput(usage) };
  try {
    return { ok: true, file, text: readText(file) };
  } catch (error) {
    return { ok: false, result: invalidInput(`cannot read ${file}: ${error instanceof Error ? error.message : String(error)}`) };
  }
}

/** The first problem, saying how many more there are. */
export function firstProblem(problems: readonly FieldProblem[]): string {
  const [first, ...others] = problems;
  const more = others.length > 0 ? ` (and ${others.length} more problem${others.length > 1 ? 's' : ''})` : '';
  return `${problemsToText(first ? [first] : [])}${more}`;
}

export type JsonInput = { ok: true; file: string; raw: unknown } | { ok: false; result: CommandResult };

/** The command's single FILE argument read and parsed as JSON, or the one-line answer when it cannot be. */
export function readJsonArgument(args: readonly string[], usage: string, readText: (file: string) => string): JsonInput {
  const input = readFileArgument(args, usage, readText);
  if (!input.ok) return input;
  try {
    return { ok: true, file: input.file, raw: JSON.parse(input.text) };
  } catch (error) {
    return { ok: false, result: invalidInput(`${input.file} is not valid JSON: ${error instanceof Error ? error.message : String(error)}`) };
  }
}
