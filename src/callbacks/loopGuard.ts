/**
 * Stops a user's loop that never ends, with its line, before the watchdog
 * has to kill the worker: every loop in user code (schedules, Lambda hooks,
 * custom callbacks) gets a guard call at the top of its body, and a guard
 * that finds the current call of user code older than `LOOP_LIMIT_MS`
 * throws. The run then ends as for any error in a callback: with the line,
 * and, in a comparison, for that variant alone (the worker, which trains
 * the other variants of its stack, goes on). The watchdog still covers
 * what a guard cannot see, such as one built-in call that never returns.
 */
import { parse, type Node } from 'acorn';
import { UserCodeError } from './userCodeError';

export const LOOP_GUARD_NAME = '__plateauLoopGuard';
/** Far beyond any sensible hook, well within the watchdog's 10 s. */
export const LOOP_LIMIT_MS = 5_000;
/** Reading the clock costs more than the guard's other work: once every 1,024 passes is enough. */
const CHECK_EVERY = 1024;

let deadline = Infinity;
let passes = 0;
/** Once a call's time is up, every guard throws until its outermost call ends, not only the one that read the clock. */
let expired = false;

/**
 * Starts the clock for one call of user code; the returned function puts
 * the outer call's clock back. A call from inside user code keeps the outer
 * call's deadline: a loop cannot buy itself time by calling a hook.
 */
export function armLoopGuard(limitMs = LOOP_LIMIT_MS): () => void {
  const outer = deadline;
  deadline = Math.min(outer, performance.now() + limitMs);
  return () => {
    deadline = outer;
    if (outer === Infinity) expired = false;
  };
}

export function loopGuard(line: number): void {
  if (!expired && ((++passes & (CHECK_EVERY - 1)) !== 0 || performance.now() <= deadline)) return;
  expired = true;
  throw new UserCodeError({ message: `Error: this loop ran for more than ${LOOP_LIMIT_MS / 1000} s in one call, so Plateau stopped it (does it ever end?)`, line, column: null });
}

const LOOPS: ReadonlySet<string> = new Set(['WhileStatement', 'DoWhileStatement', 'ForStatement', 'ForInStatement', 'ForOfStatement']);

interface Located {
  type: string;
  start: number;
  end: number;
  loc?: { start: { line: number } } | null;
  body?: unknown;
}

function* nodesOf(value: unknown): Generator<Located> {
  if (Array.isArray(value)) {
    for (const item of value) yield* nodesOf(item);
    return;
  }
  if (value === null || typeof value !== 'object' || typeof (value as { type?: unknown }).type !== 'string') return;
  const node = value as Located & Record<string, unknown>;
  yield node;
  for (const [key, child] of Object.entries(node)) if (key !== 'loc' && child !== null && typeof child === 'object') yield* nodesOf(child);
}

/**
 * `source` (one expression, as evaluateExpression reads it) with a guard
 * call at the top of every loop body. No line breaks are added, so the
 * lines of runtime errors stay the user's.
 */
export function instrumentLoops(source: string): string {
  const wrapped = `(${source}\n)`;
  const tree: Node = parse(wrapped, { ecmaVersion: 'latest', sourceType: 'script', locations: true });
  const inserts: { at: number; text: string }[] = [];
  for (const node of nodesOf(tree)) {
    if (!LOOPS.has(node.type)) continue;
    const body = node.body as Located;
    const guard = `${LOOP_GUARD_NAME}(${node.loc?.start.line ?? 0});`;
    // Positions in `wrapped` are one past the source's, for the "(".
    if (body.type === 'BlockStatement') inserts.push({ at: body.start, text: guard });
    else inserts.push({ at: body.start - 1, text: `{${guard}` }, { at: body.end - 1, text: '}' });
  }
  let result = source;
  for (const { at, text } of inserts.sort((a, b) => b.at - a.at)) result = result.slice(0, at) + text + result.slice(at);
  return result;
}
