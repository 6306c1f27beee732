/**
 * The page's editable run: the draft, and its validation by the same schema
 * the worker, the share link and the CLI use. Every change re-validates, so
 * each field can show its problem and Train can say why it is disabled.
 */
import type { FieldProblem } from '../../config/issuePath';
import { defaultRunConfig, parseRunConfig, type RunConfig } from '../../config/runConfig';
import { carriedCode, type CarriedCode } from '../../config/userCode';
import { trustAfterEdit, unacceptedIn, withTrusted, type TrustedCode } from './codeTrust';
import { createStore, type Store } from './createStore';
import { draftFromConfig, draftToRaw, type RunDraft } from './runDraft';

export type Validation = { ok: true; config: RunConfig } | { ok: false; problems: FieldProblem[] };

export interface ConfigState {
  draft: RunDraft;
  validation: Validation;
  /** How many times a whole run was loaded; forms remount on a load. */
  loads: number;
  /** Code that came with a link, a file or pasted JSON and waits for the user's consent; nothing runs until then. */
  unacceptedCode: CarriedCode[];
  /** Where the waiting code came from, in the page's words ("a link"); null when none waits. */
  codeOrigin: CodeOrigin | null;
}

export type CodeOrigin = 'a link' | 'a file' | 'pasted JSON';

/** zod's wording for a value that is not a number, in the page's words. */
function friendly(problem: FieldProblem): FieldProblem {
  return /^Invalid input: expected number, received/.test(problem.message) ? { ...problem, message: 'must be a number' } : problem;
}

export function validateDraft(draft: RunDraft): Validation {
  const parsed = parseRunConfig(draftToRaw(draft));
  return parsed.ok ? { ok: true, config: parsed.value } : { ok: false, problems: parsed.problems.map(friendly) };
}

export interface ConfigStore extends Store<ConfigState> {
  /** Applies a pure draft change (see runDraft.ts) and re-validates. */
  edit: (change: (draft: RunDraft) => RunDraft) => void;
  /** Replaces the whole run with one of the page's own (a lesson): its code is trusted. */
  load: (config: RunConfig) => void;
  /**
   * Replaces the whole run with one from elsewhere (a link, a file, pasted
   * JSON): code the user has not written or accepted in this page waits for `acceptCode`.
   */
  loadUntrusted: (config: RunConfig, origin: CodeOrigin) => void;
  acceptCode: () => void;
}

export function createConfigStore(initial: RunConfig = defaultRunConfig()): ConfigStore {
  const draft = draftFromConfig(initial);
  let trusted: TrustedCode = withTrusted(new Set(), carriedCode(draft));
  const store = createStore<ConfigState>({ draft, validation: validateDraft(draft), loads: 0, unacceptedCode: [], codeOrigin: null });
  /** The waiting code for `next`; the same array while nothing changed, so its readers do not redraw. */
  const waiting = (state: ConfigState, next: RunDraft, origin: CodeOrigin | null): Pick<ConfigState, 'unacceptedCode' | 'codeOrigin'> => {
    const code = unacceptedIn(next, trusted);
    const same = code.length === state.unacceptedCode.length && code.every((entry, index) => entry.source === state.unacceptedCode[index]?.source && entry.where === state.unacceptedCode[index]?.where);
    return { unacceptedCode: same ? state.unacceptedCode : code, codeOrigin: code.length > 0 ? origin : null };
  };
  const replace = (config: RunConfig, origin: CodeOrigin | null) => {
    const next = draftFromConfig(config);
    if (origin === null) trusted = withTrusted(trusted, carriedCode(next));
    store.setState((state) => ({ draft: next, validation: validateDraft(next), loads: state.loads + 1, ...waiting(state, next, origin) }));
  };
  return {
    ...store,
    edit: (change) =>
      store.setState((state) => {
        const next = change(state.draft);
        if (next === state.draft) return {};
        trusted = trustAfterEdit(trusted, state.draft, next);
        return { draft: next, validation: validateDraft(next), ...waiting(state, next, state.codeOrigin) };
      }),
    load: (config) => replace(config, null),
    loadUntrusted: (config, origin) => replace(config, origin),
    acceptCode: () =>
      store.setState((state) => {
        trusted = withTrusted(trusted, state.unacceptedCode);
        return waiting(state, state.draft, null);
      }),
  };
}

/** The problem reported for a field, by its schema path (`callbacks[1].params.factor`). */
export function problemAt(validation: Validation, path: string): string | null {
  if (validation.ok) return null;
  return validation.problems.find((problem) => problem.path === path)?.message ?? null;
}

/** Problems for a callback entry that no single field shows (for example a bad type). */
export function entryProblems(validation: Validation, index: number, shownParams: readonly string[]): string[] {
  if (validation.ok) return [];
  const prefix = `callbacks[${index}]`;
  return validation.problems
    .filter((problem) => problem.path === prefix || problem.path.startsWith(`${prefix}.`))
    .filter((problem) => !shownParams.some((name) => problem.path === `${prefix}.params.${name}`))
    .map((problem) => problem.message);
}

/** "ReduceLROnPlateau › factor", "Settings › epochs": where a problem is, in the page's words. */
export function problemLabel(draft: RunDraft, path: string): string {
  const entry = /^callbacks\[(\d+)\](?:\.params\.?(\w+)?)?/.exec(path);
  if (entry) {
    const index = Number(entry[1]);
    const type = draft.callbacks[index]?.type ?? 'Callback';
    const sameType = draft.callbacks.filter((candidate) => candidate.type === type).length;
    const name = sameType > 1 ? `${type} #${index + 1}` : type;
    return entry[2] ? `${name} › ${entry[2]}` : name;
  }
  const field = path.split('.').at(-1) ?? path;
  return `Settings › ${field || 'run'}`;
}

/** Why Train is disabled: "Fix 2 problems: ReduceLROnPlateau › factor: …; …". */
export function blockingReason(state: ConfigState): string | null {
  if (state.unacceptedCode.length > 0) return `This setup came with code from ${state.codeOrigin ?? 'elsewhere'}: review it and accept it before training.`;
  if (state.validation.ok) return null;
  const { problems } = state.validation;
  const listed = problems.map((problem) => `${problemLabel(state.draft, problem.path)}: ${problem.message}`).join('; ');
  return `Fix ${problems.length} problem${problems.length === 1 ? '' : 's'}: ${listed}`;
}
