/**
 * A CSV file too big for a share link travels without its text: the link
 * keeps the file's name, its length and the chosen columns, and the page
 * that opens it asks for the file again (the JSON setup file always
 * carries the whole text). Pure, like the link codec it wraps.
 */
import type { CsvDatasetConfig } from './datasetConfig';
import { isJsonObject, type JsonObject } from './migrate';
import type { RunConfig } from './runConfig';
import { encodeShareLink, MAX_SHARE_LINK_CHARS } from './shareLink';

export interface SharedLink {
  link: string;
  /** The CSV file left out of the link, or null when the link carries everything. */
  omitted: { name: string; chars: number } | null;
}

export function shareLinkOf(config: RunConfig, maxChars: number = MAX_SHARE_LINK_CHARS): SharedLink {
  const whole = encodeShareLink(config);
  const { dataset } = config;
  if (whole.length <= maxChars || dataset.kind !== 'csv' || dataset.text === '') return { link: whole, omitted: null };
  const chars = dataset.text.length;
  return { link: encodeShareLink({ ...config, dataset: { ...dataset, text: '', omittedChars: chars } }), omitted: { name: dataset.name, chars } };
}

/**
 * A link's JSON whose CSV text was left out: the rest of the setup (the
 * dataset taken out, to be validated on its own) and the CSV dataset still
 * waiting for its file. Null when the JSON holds no such dataset.
 */
export function takeAwaitedCsv(json: unknown): { rest: JsonObject; dataset: CsvDatasetConfig } | null {
  if (!isJsonObject(json) || !isJsonObject(json['dataset'])) return null;
  const dataset = json['dataset'];
  if (dataset['kind'] !== 'csv' || typeof dataset['omittedChars'] !== 'number' || (dataset['text'] ?? '') !== '') return null;
  const { dataset: _left, ...rest } = json;
  const text = (value: unknown) => (typeof value === 'string' ? value : '');
  const features = Array.isArray(dataset['features']) ? dataset['features'].filter((name): name is string => typeof name === 'string') : undefined;
  const task = dataset['task'] === 'classification' || dataset['task'] === 'regression' ? dataset['task'] : 'auto';
  return {
    rest,
    dataset: {
      kind: 'csv',
      name: text(dataset['name']) || 'data.csv',
      text: '',
      omittedChars: Math.max(1, Math.round(dataset['omittedChars'])),
      target: text(dataset['target']),
      ...(features && features.length > 0 ? { features } : {}),
      task,
    },
  };
}
