import { expect, test } from 'vitest';
import { shareLinkOf, takeAwaitedCsv } from './csvLink';
import { runConfigSchema } from './runConfig';
import { readShareLinkJson } from './shareLink';

const text = ['x,label', ...Array.from({ length: 400 }, (_, i) => `${Math.sin(i) * 1000},${i % 3}`)].join('\n');
const config = runConfigSchema.parse({ dataset: { kind: 'csv', name: 'mine.csv', text, target: 'label', features: ['x'], task: 'classification' } });

test('a small file travels in the link whole', () => {
  const shared = shareLinkOf(config, 100_000);
  expect(shared.omitted).toBeNull();
  const json = readShareLinkJson(shared.link, 'run');
  expect(json.ok && takeAwaitedCsv(json.value)).toBeNull();
});

test('a file too big for a link is left out; the link asks for it again with its columns', () => {
  const shared = shareLinkOf(config, 2000);
  expect(shared.omitted).toEqual({ name: 'mine.csv', chars: text.length });
  expect(shared.link.length).toBeLessThan(2000);
  const json = readShareLinkJson(shared.link, 'run');
  if (!json.ok) throw new Error('unreadable link');
  const awaited = takeAwaitedCsv(json.value);
  expect(awaited?.dataset).toEqual({ kind: 'csv', name: 'mine.csv', text: '', omittedChars: text.length, target: 'label', features: ['x'], task: 'classification' });
  expect(awaited?.rest).not.toHaveProperty('dataset');
  // Without its text the dataset says what to do, at the field.
  const parsed = runConfigSchema.safeParse({ dataset: awaited?.dataset });
  expect(parsed.success).toBe(false);
  expect(parsed.error?.issues[0]?.message).toMatch(/"mine.csv" \(\d+ KB\) was too big to carry in the link: choose the file again/);
});
