/**
 * Reads a Chrome trace written by `scripts/bench/trace.ts` and prints where
 * the page's main thread spent the run: every task over 50 ms with what
 * started it, the time by kind of task, the paint layers drawn again, and
 * the functions that took the most time (inclusive, from the CPU profile;
 * build with PLATEAU_BENCH_UNMINIFIED=1 for readable names; FROM_S=7 counts
 * only samples from 7 s on). `npx tsx scripts/bench/traceSummary.ts [trace.json]`.
 */
import { readFileSync } from 'node:fs';

interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  pid: number;
  tid: number;
  id?: string;
  args?: { name?: string; data?: Record<string, unknown> };
}

interface ProfileNode {
  id: number;
  parent?: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
}

const path = process.argv[2] ?? '/tmp/plateau-trace.json';
const raw = JSON.parse(readFileSync(path, 'utf8')) as { traceEvents: TraceEvent[] } | TraceEvent[];
const events = Array.isArray(raw) ? raw : raw.traceEvents;

const mainThreads = events.filter((event) => event.name === 'thread_name' && event.args?.name === 'CrRendererMain');
const taskCount = (pid: number, tid: number) => events.filter((event) => event.pid === pid && event.tid === tid && event.name === 'RunTask').length;
const main = mainThreads.sort((a, b) => taskCount(b.pid, b.tid) - taskCount(a.pid, a.tid))[0];
if (!main) throw new Error(`no CrRendererMain thread in ${path}`);
const onMain = events.filter((event) => event.pid === main.pid && event.tid === main.tid && event.ph === 'X' && event.dur !== undefined);
const tasks = onMain.filter((event) => event.name === 'RunTask').sort((a, b) => a.ts - b.ts);
const first = tasks[0]?.ts ?? 0;
const last = tasks.at(-1);
const spanMs = last ? (last.ts + (last.dur ?? 0) - first) / 1000 : 0;
const ms = (us: number) => `${(us / 1000).toFixed(1)} ms`;

/** A short name for an event: the function, timer or message it ran. */
function label(event: TraceEvent): string {
  const data = event.args?.data ?? {};
  const where = typeof data['url'] === 'string' ? `${String(data['url']).split('/').pop()}:${typeof data['lineNumber'] === 'number' ? data['lineNumber'] : ''}` : '';
  const what = typeof data['functionName'] === 'string' && data['functionName'] ? String(data['functionName']) : typeof data['type'] === 'string' ? String(data['type']) : '';
  return [event.name, what, where].filter(Boolean).join(' ');
}

/** The events directly inside a task (not inside another event of it). */
function children(task: TraceEvent): TraceEvent[] {
  const end = task.ts + (task.dur ?? 0);
  const inside = onMain.filter((event) => event !== task && event.ts >= task.ts && event.ts < end && !(event.ts === task.ts && (event.dur ?? 0) >= (task.dur ?? 0))).sort((a, b) => a.ts - b.ts || (b.dur ?? 0) - (a.dur ?? 0));
  const direct: TraceEvent[] = [];
  let coveredUntil = -Infinity;
  for (const event of inside) {
    if (event.ts < coveredUntil) continue;
    direct.push(event);
    coveredUntil = event.ts + (event.dur ?? 0);
  }
  // The scheduler wraps tasks in tasks of its own: look through them.
  return direct.flatMap((event) => (event.name.endsWith('RunTask') ? children(event) : [event]));
}

const busy = tasks.reduce((sum, task) => sum + (task.dur ?? 0), 0);
console.log(`main thread: ${tasks.length} tasks over ${(spanMs / 1000).toFixed(1)} s, busy ${ms(busy)} (${((busy / 1000 / spanMs) * 100).toFixed(1)} %)`);
const long = tasks.filter((task) => (task.dur ?? 0) > 50_000);
console.log(`tasks over 50 ms: ${long.length}${long.length ? ` (${long.map((task) => ms(task.dur ?? 0)).join(', ')})` : ''}`);
for (const task of long) {
  const top = children(task).sort((a, b) => (b.dur ?? 0) - (a.dur ?? 0)).slice(0, 3);
  console.log(`  at +${((task.ts - first) / 1e6).toFixed(2)} s, ${ms(task.dur ?? 0)}: ${top.map((event) => `${label(event)} ${ms(event.dur ?? 0)}`).join('; ')}`);
}

/** Prints the `top` keys that took the most time, with how often each came: events grouped by `keyOf`. */
function printTotals(title: string, grouped: readonly TraceEvent[], keyOf: (event: TraceEvent) => string, top: number): void {
  const totals = new Map<string, { time: number; count: number }>();
  for (const event of grouped) {
    const key = keyOf(event);
    const entry = totals.get(key) ?? { time: 0, count: 0 };
    entry.time += event.dur ?? 0;
    entry.count += 1;
    totals.set(key, entry);
  }
  console.log(`${title} (top ${top}):`);
  for (const [key, { time, count }] of [...totals].sort((a, b) => b[1].time - a[1].time).slice(0, top)) {
    console.log(`  ${ms(time).padStart(10)}  ${String(count).padStart(5)}×  ${key}`);
  }
}

printTotals('time by what started it', tasks.flatMap(children), label, 15);
// Nested: a layer's time includes the layers drawn inside it.
printTotals('paint by layer (drawn again)', onMain.filter((event) => event.name === 'Paint'), (paint) => {
  const nodeName = paint.args?.data?.['nodeName'];
  return typeof nodeName === 'string' ? nodeName : '?';
}, 10);

// The CPU profile of the main thread: inclusive time per function; FROM_S (seconds after the first task, as the long tasks are dated above) leaves out what came before.
const fromUs = first + Number(process.env['FROM_S'] ?? -Infinity) * 1e6;
const profiles = events.filter((event) => event.name === 'Profile' && event.pid === main.pid && event.tid === main.tid);
const profileIds = new Set(profiles.map((event) => event.id));
let sampledAt = Number((profiles[0]?.args?.data as { startTime?: number } | undefined)?.startTime ?? 0);
const nodes = new Map<number, ProfileNode>();
const inclusive = new Map<string, number>();
for (const chunk of events.filter((event) => event.name === 'ProfileChunk' && profileIds.has(event.id))) {
  const data = chunk.args?.data as { cpuProfile?: { nodes?: ProfileNode[]; samples?: number[] }; timeDeltas?: number[] } | undefined;
  for (const node of data?.cpuProfile?.nodes ?? []) nodes.set(node.id, node);
  const samples = data?.cpuProfile?.samples ?? [];
  const deltas = data?.timeDeltas ?? [];
  samples.forEach((sample, index) => {
    sampledAt += deltas[index] ?? 0;
    const delta = deltas[index + 1] ?? 0;
    if (sampledAt < fromUs) return;
    const seen = new Set<string>();
    for (let node = nodes.get(sample); node; node = node.parent === undefined ? undefined : nodes.get(node.parent)) {
      const { functionName, url, lineNumber } = node.callFrame;
      if (!url || functionName === '(program)' || functionName === '(idle)') continue;
      const name = `${functionName || '(anonymous)'} ${url.split('/').pop()}:${lineNumber + 1}`;
      if (seen.has(name)) continue;
      seen.add(name);
      inclusive.set(name, (inclusive.get(name) ?? 0) + delta);
    }
  });
}
if (inclusive.size > 0) {
  console.log('functions by inclusive time (top 25):');
  for (const [name, time] of [...inclusive].sort((a, b) => b[1] - a[1]).slice(0, Number(process.env["TOP"] ?? 25))) console.log(`  ${ms(time).padStart(10)}  ${name}`);
}
