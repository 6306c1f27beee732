/** How a kept run reads in the list: its name or a stand-in, when, its key numbers, and notices about the budget. */
import type { PutOutcome, RunHead } from '../../storage';

export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} bytes`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}

function clock(at: number): string {
  const time = new Date(at);
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${time.getFullYear()}-${pad(time.getMonth() + 1)}-${pad(time.getDate())} ${pad(time.getHours())}:${pad(time.getMinutes())}:${pad(time.getSeconds())}`;
}

export function whenText(head: Pick<RunHead, 'createdAt'>): string {
  return clock(head.createdAt);
}

/** The learner's name, or a stand-in: the imported file, the compare variant, or the time it started. */
export function runLabel(head: Pick<RunHead, 'name' | 'origin' | 'createdAt'>): string {
  if (head.name) return head.name;
  if (head.origin.kind === 'imported') return head.origin.file;
  const time = clock(head.createdAt).slice(11);
  return head.origin.kind === 'compare' ? `${head.origin.variant} (compare) ${time}` : `Run ${time}`;
}

export function bestText(head: Pick<RunHead, 'best'>): string {
  if (!head.best) return '–';
  return `${head.best.key} ${head.best.value.toPrecision(4)} (epoch ${head.best.epoch + 1})`;
}

/** What a write did to other runs, for the learner; null when nothing worth saying. */
export function describeOutcome(outcome: PutOutcome, known: readonly RunHead[]): string | null {
  const parts: string[] = [];
  if (outcome.evicted.length > 0) {
    const names = outcome.evicted.map((gone) => {
      const head = known.find((run) => run.id === gone.id);
      return head ? runLabel(head) : `a run from ${clock(gone.createdAt)}`;
    });
    const why = outcome.quotaFull ? 'The browser’s storage was full' : 'The runs’ storage budget was reached';
    parts.push(`${why}: removed the oldest unnamed run${names.length === 1 ? '' : 's'} (${names.join(', ')}).`);
  }
  if (outcome.overBy > 0) {
    parts.push(`Named runs alone exceed the budget by ${formatBytes(outcome.overBy)}: they are all kept; delete or unname some to make room.`);
  }
  return parts.length > 0 ? parts.join(' ') : null;
}
