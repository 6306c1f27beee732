/**
 * What the Runs panel derives from the list: the one-line change from the
 * run before each run, and the ticked runs ready to overlay. Pure.
 */
import { diffSummary } from '../../config/configDiff';
import type { LoadedRun, RunHead } from '../../storage';
import { OVERLAY_COLOURS, type OverlayRun } from '../charts/overlayRuns';
import { runLabel } from './runLabels';

/** For each run (newest first), what differs from the nearest older run with a setup; null for the oldest or an imported run. */
export function changesFromPrevious(runs: readonly RunHead[]): Map<string, string> {
  const changes = new Map<string, string>();
  runs.forEach((run, index) => {
    if (!run.config) return;
    const before = runs.slice(index + 1).find((candidate) => candidate.config !== null);
    if (before?.config) changes.set(run.id, diffSummary(before.config, run.config));
  });
  return changes;
}

export function overlayColour(ticked: readonly string[], id: string): string | null {
  const index = ticked.indexOf(id);
  return index < 0 ? null : (OVERLAY_COLOURS[index % OVERLAY_COLOURS.length] as string);
}

/** The ticked runs whose epochs are loaded, in the order they were ticked. */
export function overlayRuns(ticked: readonly string[], loaded: Readonly<Record<string, LoadedRun>>): OverlayRun[] {
  return ticked.flatMap((id) => {
    const run = loaded[id];
    if (!run?.ok) return [];
    return [{ id, label: runLabel(run.head), colour: overlayColour(ticked, id) as string, history: run.body.history, events: run.body.events }];
  });
}
