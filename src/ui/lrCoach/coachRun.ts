/**
 * Between a run's config and LR Coach's memory: which kind of task the run
 * is (memory is kept per kind), the config the worker gets (the memory put
 * into each remembering coach's parameters, never into the page's setup or
 * its links), and the memory to keep when the run ends.
 */
import { DEFAULT_FACTORS, type CoachMemory } from '../../callbacks';
import { FEATURE_NAMES } from '../../callbacks/lrCoach/coachFeatures';
import { memoryOf } from '../../callbacks/lrCoach/coachMemory';
import { unflattenCoach, type CoachSnapshot } from '../../callbacks/lrCoach/coachState';
import type { DatasetConfig } from '../../config/datasetConfig';
import type { RunConfig } from '../../config/runConfig';
import type { CallbackStates } from '../../training/protocol';

export type TaskKind = 'classification' | 'regression';

export function taskKindOf(dataset: DatasetConfig): TaskKind {
  if (dataset.kind === 'sine' || dataset.kind === 'wages') return 'regression';
  if (dataset.kind === 'csv' && dataset.task === 'regression') return 'regression';
  return 'classification';
}

interface CoachEntry {
  index: number;
  factors: readonly number[];
  remember: boolean;
}

export function coachEntries(config: RunConfig): CoachEntry[] {
  return config.callbacks.flatMap((spec, index) =>
    spec.type === 'LRCoach' && spec.enabled !== false ? [{ index, factors: spec.params.actions ?? [...DEFAULT_FACTORS], remember: spec.params.remember !== false }] : [],
  );
}

export function remembers(config: RunConfig): boolean {
  return coachEntries(config).some((entry) => entry.remember);
}

/** The config with `memory` given to each remembering coach that has none of its own. */
export function withCoachMemory(config: RunConfig, memory: CoachMemory | null): RunConfig {
  if (!memory) return config;
  return {
    ...config,
    callbacks: config.callbacks.map((spec) => (spec.type === 'LRCoach' && spec.params.remember !== false && !spec.params.memory ? { ...spec, params: { ...spec.params, memory } } : spec)),
  };
}

/** Each coach's state in the run, by its place in the stack. */
export function coachSnapshots(config: RunConfig, states: CallbackStates): { index: number; factors: readonly number[]; snapshot: CoachSnapshot }[] {
  return coachEntries(config).flatMap(({ index, factors }) => {
    const state = states[`callbacks[${index}]`];
    const snapshot = state?.type === 'LRCoach' ? unflattenCoach(state.state, FEATURE_NAMES.length) : null;
    return snapshot ? [{ index, factors, snapshot }] : [];
  });
}

/** What to keep after the run: the first remembering coach's posterior, which already holds what it started from. */
export function memoryAfterRun(config: RunConfig, states: CallbackStates, previous: CoachMemory | null): CoachMemory | null {
  const remembering = coachEntries(config).find((entry) => entry.remember);
  if (!remembering) return null;
  const found = coachSnapshots(config, states).find((entry) => entry.index === remembering.index);
  if (!found || found.snapshot.decisions === 0) return null;
  return memoryOf(taskKindOf(config.dataset), found.factors, found.snapshot.models, (found.snapshot.fromMemory ? (previous?.runs ?? 0) : 0) + 1);
}
