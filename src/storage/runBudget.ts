/**
 * The runs' storage budget: which kept runs go to make room. The oldest
 * unnamed runs go first; a named run is never chosen, and neither is the
 * run being written. When only those remain, nothing more is removed and
 * the caller is told by how much the budget is exceeded, to say so.
 */

export interface BudgetEntry {
  id: string;
  createdAt: number;
  named: boolean;
  bytes: number;
}

export interface Eviction {
  /** Ids to remove, oldest first. */
  evict: string[];
  /** Bytes still over the budget after those removals (0 when within it). */
  overBy: number;
}

/** `entries` are every kept run, the one being written included at its new size; `keep` is that run's id. */
export function chooseEvictions(entries: readonly BudgetEntry[], budgetBytes: number, keep: string | null): Eviction {
  let total = entries.reduce((sum, entry) => sum + entry.bytes, 0);
  const candidates = entries.filter((entry) => !entry.named && entry.id !== keep).sort((a, b) => a.createdAt - b.createdAt || a.id.localeCompare(b.id));
  const evict: string[] = [];
  for (const candidate of candidates) {
    if (total <= budgetBytes) break;
    evict.push(candidate.id);
    total -= candidate.bytes;
  }
  return { evict, overBy: Math.max(0, total - budgetBytes) };
}

/** The oldest unnamed run other than `keep`, to make room when the browser's storage is full; null when none is left. */
export function oldestUnnamed(entries: readonly BudgetEntry[], keep: string | null): string | null {
  return chooseEvictions(entries, -1, keep).evict[0] ?? null;
}
