/**
 * Turns user-written JavaScript (a learning-rate schedule, LambdaCallback
 * hooks, a custom callback class) into functions, and reports problems with
 * the line they are on: syntax errors before anything runs (parsed with
 * acorn, which needs no DOM), runtime errors from the stack trace, and a
 * loop that never ends from its loop guard (loopGuard.ts).
 *
 * This only compiles; where the code may run (the worker, the CLI, never the
 * page's main thread) is the caller's decision.
 */
import { parse } from 'acorn';
import { armLoopGuard, instrumentLoops, LOOP_GUARD_NAME, loopGuard } from './loopGuard';
import { UserCodeError, type CodeProblem } from './userCodeError';

export { UserCodeError, type CodeProblem } from './userCodeError';

/** Lines that `new Function` puts before the user's first line: its header, then our `return (`. */
const WRAPPER_LINES = 3;

function isAcornError(error: unknown): error is SyntaxError & { loc: { line: number; column: number } } {
  return error instanceof SyntaxError && 'loc' in error;
}

/** The syntax error in `source` read as one JavaScript expression, or null when it parses. */
export function findSyntaxError(source: string): CodeProblem | null {
  if (source.trim() === '') return { message: 'The code is empty', line: null, column: null };
  try {
    parse(`(${source}\n)`, { ecmaVersion: 'latest', sourceType: 'script' });
    return null;
  } catch (error) {
    if (!isAcornError(error)) throw error;
    const lineCount = source.split('\n').length;
    if (error.loc.line > lineCount) {
      return { message: 'SyntaxError: Unexpected end of code (is a bracket left open?)', line: lineCount, column: null };
    }
    const message = error.message.replace(/ \(\d+:\d+\)$/, '');
    const column = error.loc.line === 1 ? error.loc.column : error.loc.column + 1;
    return { message: `SyntaxError: ${message}`, line: error.loc.line, column };
  }
}

/**
 * Evaluates `source` as one expression with `bindings` in scope, tagging it so
 * that runtime errors can be traced back to the user's line numbers.
 */
export function evaluateExpression(source: string, label: string, bindings: Record<string, unknown> = {}): unknown {
  const problem = findSyntaxError(source);
  if (problem) throw new UserCodeError(problem);
  const scope: Record<string, unknown> = { ...bindings, [LOOP_GUARD_NAME]: loopGuard };
  const names = Object.keys(scope);
  const body = `return (\n${instrumentLoops(source)}\n);\n//# sourceURL=${sourceUrl(label)}`;
  // Running the user's own code is the point here; it runs in the worker or the CLI, never the page.
  // eslint-disable-next-line @typescript-eslint/no-implied-eval
  const factory = new Function(...names, body) as (...values: unknown[]) => unknown;
  // Code that runs as it is read (a static block, an initialiser) is guarded too.
  const disarm = armLoopGuard();
  try {
    return factory(...names.map((name) => scope[name]));
  } finally {
    disarm();
  }
}

function sourceUrl(label: string): string {
  return `plateau-user-code/${label.replace(/[^\w.-]/g, '_')}.js`;
}

/** The 1-based line in the user's source where `error` was thrown, if its stack shows it. */
export function lineOfError(error: unknown, label: string): number | null {
  if (!(error instanceof Error) || !error.stack) return null;
  const url = sourceUrl(label).replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const match = new RegExp(`${url}:(\\d+):\\d+`).exec(error.stack);
  if (!match) return null;
  return Number(match[1]) - WRAPPER_LINES;
}

/** Compiles a function expression, e.g. a schedule `(epoch, lr) => newLr`. */
export function compileFunction(source: string, label: string): (...args: unknown[]) => unknown {
  const value = evaluateExpression(source, label);
  if (typeof value !== 'function') {
    throw new UserCodeError({ message: `Expected a function, got ${typeof value}`, line: null, column: null });
  }
  return value as (...args: unknown[]) => unknown;
}

/** Wraps a user function so that what it throws says which line of the user's code threw. */
export function withErrorLines<Args extends unknown[], Result>(
  fn: (...args: Args) => Result,
  label: string,
): (...args: Args) => Result {
  return (...args: Args): Result => {
    const disarm = armLoopGuard();
    try {
      return fn(...args);
    } catch (error) {
      if (error instanceof UserCodeError) throw error;
      // A KerasError (thrown by what user code called, such as setWeights) reads as Python names it: ValueError.
      const pythonType: unknown = error instanceof Error ? Reflect.get(error, 'pythonType') : undefined;
      const name = typeof pythonType === 'string' ? pythonType : error instanceof Error ? error.name : '';
      const message = error instanceof Error ? `${name}: ${error.message}` : `Uncaught ${String(error)}`;
      throw new UserCodeError({ message, line: lineOfError(error, label), column: null });
    } finally {
      disarm();
    }
  };
}
