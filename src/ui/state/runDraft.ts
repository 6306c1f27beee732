/**
 * The editable run: a `RunConfig` whose callback entries always carry an `id`
 * (the page's handle for reordering) and an `enabled` flag, and whose values
 * may be invalid while the user types. Pure functions: each takes a draft and
 * returns a new one.
 */
import type { CallbackTypeName } from '../../config/callbackSchemas';
import type { DatasetConfig } from '../../config/datasetConfig';
import type { FitConfig, ModelConfig, OptimizerConfig } from '../../config/modelConfig';
import { RUN_CONFIG_VERSION, type RunConfig } from '../../config/runConfig';

export interface DraftEntry {
  id: string;
  type: CallbackTypeName;
  enabled: boolean;
  /** Keras's parameters; a missing one takes Keras's default. */
  params: Record<string, unknown>;
}

export interface RunDraft {
  dataset: DatasetConfig;
  model: ModelConfig;
  optimizer: OptimizerConfig;
  fit: FitConfig;
  callbacks: DraftEntry[];
}

export type SettingsSection = 'dataset' | 'model' | 'optimizer' | 'fit';

function nextId(draft: RunDraft): string {
  const used = draft.callbacks.map((entry) => Number(/^cb(\d+)$/.exec(entry.id)?.[1] ?? 0));
  return `cb${Math.max(0, ...used) + 1}`;
}

export function draftFromConfig(config: RunConfig): RunDraft {
  const draft: RunDraft = { dataset: config.dataset, model: config.model, optimizer: config.optimizer, fit: config.fit, callbacks: [] };
  for (const spec of config.callbacks) {
    const id = spec.id ?? nextId(draft);
    draft.callbacks = [...draft.callbacks, { id, type: spec.type, enabled: spec.enabled !== false, params: { ...spec.params } }];
  }
  return draft;
}

/** The raw config the schema validates and the worker receives. */
export function draftToRaw(draft: RunDraft): unknown {
  return {
    v: RUN_CONFIG_VERSION,
    dataset: draft.dataset,
    model: draft.model,
    optimizer: draft.optimizer,
    fit: draft.fit,
    callbacks: draft.callbacks.map(({ id, type, enabled, params }) => ({ id, type, enabled, params })),
  };
}

export function addEntry(draft: RunDraft, type: CallbackTypeName, params: Record<string, unknown>): RunDraft {
  return { ...draft, callbacks: [...draft.callbacks, { id: nextId(draft), type, enabled: true, params }] };
}

export function removeEntry(draft: RunDraft, id: string): RunDraft {
  return { ...draft, callbacks: draft.callbacks.filter((entry) => entry.id !== id) };
}

/** A copy placed right after the original. */
export function duplicateEntry(draft: RunDraft, id: string): RunDraft {
  const index = draft.callbacks.findIndex((entry) => entry.id === id);
  const original = draft.callbacks[index];
  if (!original) return draft;
  const copy: DraftEntry = { ...original, id: nextId(draft), params: structuredClone(original.params) };
  const callbacks = [...draft.callbacks];
  callbacks.splice(index + 1, 0, copy);
  return { ...draft, callbacks };
}

export function setEntryEnabled(draft: RunDraft, id: string, enabled: boolean): RunDraft {
  return { ...draft, callbacks: draft.callbacks.map((entry) => (entry.id === id ? { ...entry, enabled } : entry)) };
}

/** Moves an entry to `toIndex` (clamped to the stack). */
export function moveEntry(draft: RunDraft, id: string, toIndex: number): RunDraft {
  const from = draft.callbacks.findIndex((entry) => entry.id === id);
  if (from < 0) return draft;
  const to = Math.max(0, Math.min(draft.callbacks.length - 1, toIndex));
  if (to === from) return draft;
  const callbacks = [...draft.callbacks];
  const [moved] = callbacks.splice(from, 1) as [DraftEntry];
  callbacks.splice(to, 0, moved);
  return { ...draft, callbacks };
}

/** Sets one parameter; `undefined` removes it, so Keras's default applies. */
export function setParam(draft: RunDraft, id: string, name: string, value: unknown): RunDraft {
  return {
    ...draft,
    callbacks: draft.callbacks.map((entry) => {
      if (entry.id !== id) return entry;
      const params = { ...entry.params };
      if (value === undefined) delete params[name];
      else params[name] = value;
      return { ...entry, params };
    }),
  };
}

export function updateSection<K extends SettingsSection>(draft: RunDraft, section: K, patch: Partial<RunDraft[K]>): RunDraft {
  return { ...draft, [section]: { ...draft[section], ...patch } };
}

export function setDataset(draft: RunDraft, dataset: DatasetConfig): RunDraft {
  return { ...draft, dataset };
}

/** The whole stack replaced by `entries` (an import); new ids, so no card keeps the typed text of the one before. */
export function replaceStack(draft: RunDraft, entries: readonly { type: CallbackTypeName; params: Record<string, unknown> }[]): RunDraft {
  const added = entries.reduce((current, entry) => addEntry(current, entry.type, { ...entry.params }), draft);
  return { ...added, callbacks: added.callbacks.slice(draft.callbacks.length) };
}
