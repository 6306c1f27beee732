/**
 * CPU time of Chromium's processes and threads, read from /proc (Linux):
 * what a trial cost each of them, whatever else the machine was doing, where
 * wall time on a shared 2-core machine says more about the neighbours.
 */
import { readdirSync, readFileSync } from 'node:fs';

/** Linux's clock ticks for utime/stime (USER_HZ). */
const TICK_MS = 10;

/** Milliseconds of CPU so far, by "process kind[#pid]/thread name". */
export type CpuSnapshot = Map<string, number>;

function readOrNull(path: string): string | null {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return null; // the process or thread has gone
  }
}

/** The fields of /proc/…/stat after the command name, which may itself hold spaces. */
function statFields(stat: string): { name: string; fields: string[] } {
  return { name: stat.slice(stat.indexOf('(') + 1, stat.lastIndexOf(')')), fields: stat.slice(stat.lastIndexOf(')') + 2).split(' ') };
}

function descendantsOf(root: number): number[] {
  const parentOf = new Map<number, number>();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    const stat = readOrNull(`/proc/${entry}/stat`);
    if (stat) parentOf.set(Number(entry), Number(statFields(stat).fields[1]));
  }
  const isBelowRoot = (pid: number): boolean => {
    for (let parent = parentOf.get(pid); parent !== undefined && parent > 1; parent = parentOf.get(parent)) if (parent === root) return true;
    return false;
  };
  return [...parentOf.keys()].filter(isBelowRoot);
}

/** "renderer#1234", "gpu-process", "utility:storage", "browser"; null for what is not Chromium. */
function chromiumKind(pid: number): string | null {
  const args = readOrNull(`/proc/${pid}/cmdline`)?.split(/[\0 ]/) ?? [];
  if (!args[0]?.includes('chrom')) return null;
  const type = args.find((arg) => arg.startsWith('--type='))?.slice('--type='.length) ?? 'browser';
  const service = args.find((arg) => arg.startsWith('--utility-sub-type='))?.slice('--utility-sub-type='.length).split('.')[0];
  if (type === 'renderer') return `renderer#${pid}`;
  return service ? `${type}:${service}` : type;
}

function threadsOf(pid: number): string[] {
  try {
    return readdirSync(`/proc/${pid}/task`);
  } catch {
    return []; // the process has gone
  }
}

/** The CPU time of every thread of the Chromium processes this script started. */
export function cpuSnapshot(): CpuSnapshot {
  const totals: CpuSnapshot = new Map();
  for (const pid of descendantsOf(process.pid)) {
    const kind = chromiumKind(pid);
    if (!kind) continue;
    for (const tid of threadsOf(pid)) {
      const stat = readOrNull(`/proc/${pid}/task/${tid}/stat`);
      if (!stat) continue;
      const { name, fields } = statFields(stat);
      const key = `${kind}/${name.replace(/\d+$/, '')}`;
      const ticks = Number(fields[11]) + Number(fields[12]);
      totals.set(key, (totals.get(key) ?? 0) + ticks * TICK_MS);
    }
  }
  return totals;
}

export function cpuSince(before: CpuSnapshot, after: CpuSnapshot): CpuSnapshot {
  return new Map([...after].map(([key, ms]) => [key, ms - (before.get(key) ?? 0)]));
}
