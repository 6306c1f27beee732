/**
 * What differs between two setups, field by field, in the page's words:
 * the Runs list's one-line summary ("ReduceLROnPlateau patience 3 → 5") and
 * the side-by-side table of two ticked runs. Pure.
 *
 * Callbacks are paired by their id when both setups have it with the same
 * type, else by type and order (the second EarlyStopping with the second),
 * so that editing a parameter reads as a change, not as a callback removed
 * and another added.
 */
import type { RunConfig, StackEntry } from './runConfig';

export interface FieldRow {
  /** Stable across the two setups: `fit.epochs`, `callbacks.cb2.patience`. */
  key: string;
  /** "epochs", "ReduceLROnPlateau patience". */
  label: string;
  /** Null when the field is not in that setup (a callback only one of them has). */
  before: string | null;
  after: string | null;
  differs: boolean;
}

const LABELS: Record<string, string> = {
  'dataset.kind': 'dataset',
  'dataset.size': 'dataset size',
  'dataset.noise': 'noise',
  'model.hiddenLayers': 'hidden layers',
  'optimizer.kind': 'optimizer',
  'optimizer.learningRate': 'learning rate',
  'optimizer.momentum': 'momentum',
  'optimizer.schedule': 'schedule',
  'fit.epochs': 'epochs',
  'fit.batchSize': 'batch size',
  'fit.validationSplit': 'validation split',
  'fit.testSplit': 'test split',
  'fit.seed': 'seed',
  'fit.splitSeed': 'split seed',
};

const MAX_TEXT = 40;

export function formatField(value: unknown): string {
  if (value === null || value === undefined) return 'none';
  if (typeof value === 'string') return value.length > MAX_TEXT ? `${value.slice(0, MAX_TEXT - 1)}… (${value.length} characters)` : value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  const text = JSON.stringify(value);
  return text.length > MAX_TEXT * 2 ? `${text.slice(0, MAX_TEXT * 2 - 1)}…` : text;
}

function layersText(config: RunConfig): string {
  const layers = config.model.hiddenLayers;
  if (layers.length === 0) return 'none';
  return layers.map((layer) => `${layer.units} ${layer.activation}${layer.dropout > 0 ? ` dropout ${layer.dropout}` : ''}`).join(', ');
}

/** Each setting as shown, and as compared: whole, since a shortened text may hide a difference. */
type Field = { text: string; whole: string };

const field = (value: unknown): Field => ({ text: formatField(value), whole: JSON.stringify(value) ?? 'undefined' });

function settingFields(config: RunConfig): Map<string, Field> {
  const fields = new Map<string, Field>();
  for (const [key, value] of Object.entries(config.dataset)) fields.set(`dataset.${key}`, field(value));
  fields.set('model.hiddenLayers', { text: layersText(config), whole: JSON.stringify(config.model.hiddenLayers) });
  for (const [key, value] of Object.entries(config.optimizer)) fields.set(`optimizer.${key}`, field(value));
  for (const [key, value] of Object.entries(config.fit)) fields.set(`fit.${key}`, field(value));
  return fields;
}

type Pair = { key: string; type: string; before: StackEntry | null; after: StackEntry | null };

/** Pairs the callbacks of two stacks: by id with the same type, then by type and order; the rest stand alone. */
export function pairCallbacks(before: readonly StackEntry[], after: readonly StackEntry[]): Pair[] {
  const pairs: Pair[] = [];
  const unmatched = new Set(after.map((_, index) => index));
  const take = (index: number) => {
    unmatched.delete(index);
    return after[index] ?? null;
  };
  const byOrder = new Map<string, number>();
  before.forEach((entry, position) => {
    let index = after.findIndex((candidate, at) => unmatched.has(at) && candidate.id !== undefined && candidate.id === entry.id && candidate.type === entry.type);
    if (index < 0) {
      const seen = byOrder.get(entry.type) ?? 0;
      byOrder.set(entry.type, seen + 1);
      const sameType = after.map((candidate, at) => ({ candidate, at })).filter(({ candidate, at }) => candidate.type === entry.type && unmatched.has(at));
      index = sameType[0]?.at ?? -1;
    }
    pairs.push({ key: `callbacks.${position}`, type: entry.type, before: entry, after: index >= 0 ? take(index) : null });
  });
  for (const index of unmatched) {
    const entry = after[index];
    if (entry) pairs.push({ key: `callbacks.new${index}`, type: entry.type, before: null, after: entry });
  }
  return pairs;
}

function callbackRows(pair: Pair): FieldRow[] {
  const params = (entry: StackEntry | null) => (entry ? (entry.params as Record<string, unknown>) : {});
  const names = [...new Set([...Object.keys(params(pair.before)), ...Object.keys(params(pair.after))])].sort();
  const present = (entry: StackEntry | null) => (entry ? (entry.enabled === false ? 'off' : 'on') : null);
  const rows: FieldRow[] = [{ key: pair.key, label: pair.type, before: present(pair.before), after: present(pair.after), differs: present(pair.before) !== present(pair.after) }];
  for (const name of names) {
    const read = (entry: StackEntry | null) => (entry ? (name in params(entry) ? field(params(entry)[name]) : { text: 'default', whole: '' }) : null);
    const before = read(pair.before);
    const after = read(pair.after);
    const differs = before !== null && after !== null && before.whole !== after.whole;
    rows.push({ key: `${pair.key}.${name}`, label: `${pair.type} ${name}`, before: before?.text ?? null, after: after?.text ?? null, differs });
  }
  return rows;
}

/** Every field of both setups, aligned, each saying whether it differs. */
export function compareConfigs(before: RunConfig, after: RunConfig): FieldRow[] {
  const left = settingFields(before);
  const right = settingFields(after);
  const keys = [...new Set([...left.keys(), ...right.keys()])];
  const rows: FieldRow[] = keys.map((key) => {
    const a = left.get(key);
    const b = right.get(key);
    return { key, label: LABELS[key] ?? key.split('.').at(-1) ?? key, before: a?.text ?? null, after: b?.text ?? null, differs: a?.whole !== b?.whole };
  });
  for (const pair of pairCallbacks(before.callbacks, after.callbacks)) rows.push(...callbackRows(pair));
  return rows;
}

function changeText(row: FieldRow): string {
  if (row.before === null) return `+ ${row.label}`;
  if (row.after === null) return `− ${row.label}`;
  return `${row.label} ${row.before} → ${row.after}`;
}

/** "patience 3 → 5; + EarlyStopping", at most `max` changes then "and N more"; "same setup" when none. */
export function diffSummary(before: RunConfig, after: RunConfig, max = 3): string {
  const changes = compareConfigs(before, after).filter((row) => row.differs).map(changeText);
  if (changes.length === 0) return 'same setup';
  const shown = changes.slice(0, max).join('; ');
  return changes.length > max ? `${shown}; and ${changes.length - max} more` : shown;
}
