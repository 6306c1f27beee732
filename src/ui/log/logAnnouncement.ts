/**
 * What a screen reader hears as the run log grows: one polite sentence per
 * update, naming how many lines came and reading the newest, never every line.
 */
import type { LogLine } from './logLines';

export function logAnnouncement(lines: readonly LogLine[], seen: number): string {
  const added = lines.length - seen;
  const newest = lines.at(-1);
  if (added <= 0 || !newest) return '';
  const text = `${newest.callback}: ${newest.text}`;
  return added === 1 ? `Run log: ${text}` : `Run log, ${added} new lines; the newest: ${text}`;
}
