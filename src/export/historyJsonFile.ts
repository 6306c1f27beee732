/**
 * Reads a saved Keras history: `json.dump(history.history, f)` (each log
 * key's values by epoch, `learning_rate` among them when it was logged), or
 * the `{"epoch": [...], "history": {...}}` shape Plateau's own history
 * download writes. Python's `json` writes NaN and the infinities as bare
 * `NaN`, `Infinity`, `-Infinity`, which JSON.parse refuses: they are read too.
 */
import { historyOf, numberOfText, refused, type HistoryReadResult } from './importedHistory';

const NOT_A_HISTORY = 'this is not a Keras history: expected an object of equally long lists of numbers, such as {"loss": [0.9, 0.7], "val_loss": [1.0, 0.8]}';

/** Python's bare NaN / Infinity / -Infinity, outside strings, as strings JSON.parse accepts. */
export function quotePythonNonFinite(text: string): string {
  let out = '';
  let inString = false;
  for (let index = 0; index < text.length; index++) {
    const char = text[index] as string;
    if (inString) {
      out += char;
      if (char === '\\') out += text[++index] ?? '';
      else if (char === '"') inString = false;
      continue;
    }
    if (char === '"') inString = true;
    const token = /^(-?Infinity|NaN)/.exec(text.slice(index, index + 9))?.[1];
    if (!inString && token) {
      out += `"${token}"`;
      index += token.length - 1;
      continue;
    }
    out += char;
  }
  return out;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function numberOf(value: unknown): number | null {
  if (typeof value === 'number') return value;
  if (typeof value === 'string') return numberOfText(value);
  return null;
}

export function readHistoryJson(text: string): HistoryReadResult {
  let document: unknown;
  try {
    document = JSON.parse(quotePythonNonFinite(text.replace(/^\uFEFF/, '')));
  } catch (error) {
    return refused([`the file is not JSON (${error instanceof Error ? error.message : String(error)})`]);
  }
  if (!isObject(document)) return refused([NOT_A_HISTORY]);
  const columns = isObject(document.history) ? document.history : document;
  const epochNumbers: readonly unknown[] | null = isObject(document.history) && Array.isArray(document.epoch) ? (document.epoch as unknown[]) : null;
  const entries = Object.entries(columns);
  if (entries.length === 0 || entries.some(([, value]) => !Array.isArray(value))) {
    const odd = entries.find(([, value]) => !Array.isArray(value))?.[0];
    return refused([odd ? `${NOT_A_HISTORY}; “${odd}” is not a list` : NOT_A_HISTORY]);
  }
  const lists = entries as [string, unknown[]][];
  const length = lists[0]?.[1].length ?? 0;
  const problems: string[] = [];
  for (const [key, values] of lists) {
    if (values.length !== length) problems.push(`“${key}” has ${values.length} values, “${lists[0]?.[0] ?? ''}” ${length}: every key needs one value per epoch`);
  }
  if (problems.length > 0) return refused(problems);
  if (length === 0) return refused(['the history has no epochs']);
  const rows = Array.from({ length }, (_, index) => {
    const logs: Record<string, number> = {};
    for (const [key, values] of lists) {
      const raw = values[index];
      if (raw === null || raw === undefined) continue;
      const value = numberOf(raw);
      if (value === null) problems.push(`“${key}”[${index}] is ${JSON.stringify(raw).slice(0, 30)}, not a number`);
      else logs[key] = value;
    }
    const epoch = epochNumbers?.[index];
    return { epoch: typeof epoch === 'number' && Number.isInteger(epoch) && epoch >= 0 ? epoch : index, logs };
  });
  if (problems.length > 0) return refused(problems);
  // Plateau's own download adds the rate each epoch trained with beside the history.
  const during: readonly unknown[] | null = Array.isArray(document.lr_during_epoch) ? (document.lr_during_epoch as unknown[]) : null;
  if (during && during.length === length) rows.forEach((row, index) => {
    const rate = numberOf(during[index]);
    if (rate !== null && !('learning_rate' in row.logs)) row.logs['learning_rate'] = rate;
  });
  return { ok: true, value: historyOf(rows, []) };
}
