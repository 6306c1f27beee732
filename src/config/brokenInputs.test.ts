/**
 * A corpus of broken share links and setup files. Each must give ok: false
 * with at least one problem that says something, and none may throw: the
 * page opens on any of them with a message instead of a blank screen.
 */
import { describe, expect, it } from 'vitest';
import { SAMPLE_CONFIGS } from './__fixtures__/sampleConfigs';
import { exportConfigJson, importConfigJson, MAX_CONFIG_FILE_CHARS } from './configFile';
import type { ParseResult } from './parseResult';
import type { RunConfig } from './runConfig';
import { decodeShareLink, encodeShareLink, MAX_SHARE_LINK_CHARS, packShareLink, packShareLinkText } from './shareLink';

const full = SAMPLE_CONFIGS.everyCallback as RunConfig;
const goodLink = encodeShareLink(full);
const goodFile = exportConfigJson(full);

const at = (text: string, index: number, char: string) => text.slice(0, index) + char + text.slice(index + 1);
const dataStart = 'p1.'.length;

/** Setups that are valid JSON but wrong, shared by both corpora: [kind, value, path of a problem, message pattern]. */
const wrongSetups: [string, unknown, string, RegExp][] = [
  ['future version', { v: 3 }, 'v', /newer Plateau \(v3\); this page reads up to v2/],
  ['old version with no upgrade', { v: 0 }, 'v', /v0 is too old/],
  ['version as text', { v: '1' }, 'v', /version number/],
  ['array instead of object', [{ v: 1 }], '', /expected a setup object/],
  ['null', null, '', /got null/],
  ['a bare number', 42, '', /got a number/],
  ['unknown callback type', { callbacks: [{ type: 'ReduceLrOnPlateau' }] }, 'callbacks[0].type', /unknown callback type/],
  ['callback without type', { callbacks: [{ params: {} }] }, 'callbacks[0].type', /./],
  ['misspelled param', { callbacks: [{ type: 'EarlyStopping', params: { patiense: 3 } }] }, 'callbacks[0].params.patiense', /did you mean patience/],
  ['snake_case param', { callbacks: [{ type: 'ReduceLROnPlateau', params: { min_lr: 0.1 } }] }, 'callbacks[0].params.min_lr', /did you mean minLr/],
  ['wrong type', { callbacks: [{ type: 'EarlyStopping', params: { patience: '3' } }] }, 'callbacks[0].params.patience', /number/],
  ['callbacks not a list', { callbacks: { type: 'EarlyStopping' } }, 'callbacks', /array/],
  ['factor out of range', { callbacks: [{ type: 'EarlyStopping' }, { type: 'ReduceLROnPlateau', params: { factor: 1.5 } }] }, 'callbacks[1].params.factor', /factor >= 1\.0/],
  ['negative patience', { callbacks: [{ type: 'EarlyStopping', params: { patience: -1 } }] }, 'callbacks[0].params.patience', /0 or more/],
  ['epochs out of range', { fit: { epochs: 0 } }, 'fit.epochs', /1 or more/],
  ['NaN (null once in JSON)', { optimizer: { learningRate: null } }, 'optimizer.learningRate', /number/],
  ['huge number', { fit: { epochs: 1e300 } }, 'fit.epochs', /at most 10,000/],
  ['huge learning rate', { optimizer: { learningRate: 1e308 * 10 } }, 'optimizer.learningRate', /./],
  ['unknown dataset', { dataset: { kind: 'cifar10' } }, 'dataset.kind', /unknown dataset kind/],
  ['unknown optimizer', { optimizer: { kind: 'lion' } }, 'optimizer.kind', /./],
  ['schedule with a syntax error', { callbacks: [{ type: 'LearningRateScheduler', params: { schedule: '(epoch, lr) => {' } }] }, 'callbacks[0].params.schedule', /SyntaxError/],
  ['custom callback with a syntax error', { callbacks: [{ type: 'CustomCallback', params: { source: 'class A extends Callback {\n  onEpochEnd( {\n}' } }] }, 'callbacks[0].params.source', /SyntaxError.*line 3/],
  ['empty schedule', { callbacks: [{ type: 'LearningRateScheduler', params: { schedule: ' ' } }] }, 'callbacks[0].params.schedule', /empty/],
  ['checkpoint without filepath', { callbacks: [{ type: 'ModelCheckpoint', params: {} }] }, 'callbacks[0].params.filepath', /./],
  ['saveFreq 0', { callbacks: [{ type: 'ModelCheckpoint', params: { filepath: 'm.keras', saveFreq: 0 } }] }, 'callbacks[0].params.saveFreq', /number of batches/],
  ['empty backup_dir', { callbacks: [{ type: 'BackupAndRestore', params: { backupDir: '' } }] }, 'callbacks[0].params.backupDir', /^Empty `backup_dir` argument passed$/],
  ['backup without backup_dir', { callbacks: [{ type: 'BackupAndRestore', params: {} }] }, 'callbacks[0].params.backupDir', /./],
  ['backup save_freq "batch"', { callbacks: [{ type: 'BackupAndRestore', params: { backupDir: 'b', saveFreq: 'batch' } }] }, 'callbacks[0].params.saveFreq', /"epoch" or a number of batches/],
  ['unknown top-level field', { v: 1, epochs: 10 }, 'epochs', /unknown parameter/],
  ['too many layers', { model: { hiddenLayers: Array.from({ length: 9 }, () => ({ units: 4 })) } }, 'model.hiddenLayers', /at most 8/],
];

const pollution: [string, string][] = [
  ['__proto__ at the top', '{"v": 1, "__proto__": {"polluted": true}}'],
  ['__proto__ in params', '{"callbacks": [{"type": "EarlyStopping", "params": {"__proto__": {"patience": 1}}}]}'],
  ['constructor.prototype', '{"fit": {"constructor": {"prototype": {"polluted": true}}}}'],
];

const brokenLinks: [string, string][] = [
  ['empty', ''],
  ['only spaces', '   \n'],
  ['not a Plateau link', 'hello world'],
  ['a whole URL', `https://plateau.example/#${goodLink}`],
  ['truncated to half', goodLink.slice(0, goodLink.length / 2)],
  ['truncated by one character', goodLink.slice(0, -1)],
  ['checksum cut off', goodLink.slice(0, goodLink.lastIndexOf('.'))],
  ['edited character', at(goodLink, dataStart + 40, goodLink[dataStart + 40] === 'A' ? 'B' : 'A')],
  ['edited checksum', at(goodLink, goodLink.length - 1, goodLink.endsWith('0') ? '1' : '0')],
  ['future link format', goodLink.replace(/^p1\./, 'p7.')],
  ['unknown link format', goodLink.replace(/^p1\./, 'p0.')],
  ['bad compression', packShareLinkText('x').replace(/^p1\.[^.]*/, 'p1.$$$$$$')],
  ['garbage data with a matching checksum', (() => { const link = packShareLinkText('{}'); return link; })().replace(/\..*$/, '') + '.0'],
  ['not JSON inside', packShareLinkText('not json {')],
  ['truncated JSON inside', packShareLinkText(JSON.stringify(full).slice(0, 200))],
  ['very long', `p1.${'A'.repeat(MAX_SHARE_LINK_CHARS + 10)}.0`],
  ...wrongSetups.map(([kind, value]): [string, string] => [kind, packShareLink(value)]),
  ...pollution.map(([kind, text]): [string, string] => [kind, packShareLinkText(text)]),
];

const brokenFiles: [string, string][] = [
  ['empty', ''],
  ['only a byte order mark and spaces', '\uFEFF  \n'],
  ['not JSON', 'learning rate 0.01'],
  ['truncated', goodFile.slice(0, goodFile.length / 2)],
  ['trailing comma', '{"v": 1, "fit": {"epochs": 5,}}'],
  ['single quotes', "{'v': 1}"],
  ['a comment', '{\n  // my setup\n  "v": 1\n}'],
  ['NaN', '{"optimizer": {"learningRate": NaN}}'],
  ['Infinity', '{"optimizer": {"learningRate": Infinity}}'],
  ['huge number literal', '{"optimizer": {"learningRate": 1e400}}'],
  ['deep nesting', `${'['.repeat(100_000)}${']'.repeat(100_000)}`],
  ['very long', `{"v": 1, "pad": "${'x'.repeat(MAX_CONFIG_FILE_CHARS)}"}`],
  ['a share link pasted as a file', goodLink],
  ...wrongSetups.map(([kind, value]): [string, string] => [kind, JSON.stringify(value, null, 2)]),
  ...pollution,
];

function expectUsefulFailure(result: ParseResult<RunConfig>): void {
  expect(result.ok).toBe(false);
  if (result.ok) return;
  expect(result.problems.length).toBeGreaterThan(0);
  for (const problem of result.problems) expect(problem.message.trim()).not.toBe('');
}

describe('broken share links', () => {
  it('the corpus is large enough', () => expect(brokenLinks.length).toBeGreaterThanOrEqual(20));

  it.each(brokenLinks)('%s gives a message, not an exception', (_kind, link) => {
    expectUsefulFailure(decodeShareLink(link));
  });

  it.each(wrongSetups)('%s names the field', (_kind, value, path, message) => {
    const result = decodeShareLink(packShareLink(value));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems).toContainEqual({ path, message: expect.stringMatching(message) as unknown });
  });

  it('says a damaged link is damaged', () => {
    for (const kind of ['truncated by one character', 'edited character', 'truncated to half']) {
      const link = brokenLinks.find(([name]) => name === kind)?.[1] ?? '';
      expect(decodeShareLink(link)).toMatchObject({ ok: false, problems: [{ message: expect.stringMatching(/damaged|cut short/) as unknown }] });
    }
  });
});

describe('broken setup files', () => {
  it('the corpus is large enough', () => expect(brokenFiles.length).toBeGreaterThanOrEqual(20));

  it.each(brokenFiles)('%s gives a message, not an exception', (_kind, text) => {
    expectUsefulFailure(importConfigJson(text));
  });

  it.each(wrongSetups)('%s names the field', (_kind, value, path, message) => {
    const result = importConfigJson(JSON.stringify(value));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems).toContainEqual({ path, message: expect.stringMatching(message) as unknown });
  });

  it('locates JSON syntax errors by line and column', () => {
    expect(importConfigJson('{\n  "v": 1,\n  "fit": {"epochs": 5,}\n}')).toEqual({
      ok: false,
      problems: [{ path: '', message: 'line 3, column 22: trailing comma before "}"' }],
    });
  });
});

it('random edits and cuts never throw, and every edited link is refused', () => {
  let seed = 11;
  const random = (below: number) => Math.floor(((seed = (seed * 16807) % 2147483647) / 2147483647) * below);
  const alphabet = 'Ab9+-$.{}[]":,0 \n';
  for (let i = 0; i < 300; i++) {
    const linkAt = dataStart + random(goodLink.length - dataStart);
    const replacement = alphabet[random(alphabet.length)] as string;
    const link = at(goodLink, linkAt, replacement);
    if (link !== goodLink && link.trim() === link) expectUsefulFailure(decodeShareLink(link));
    expect(() => decodeShareLink(goodLink.slice(0, random(goodLink.length)))).not.toThrow();
    const file = at(goodFile, random(goodFile.length), replacement);
    const result = importConfigJson(file);
    if (!result.ok) for (const problem of result.problems) expect(problem.message).not.toBe('');
  }
});

it('no input pollutes Object.prototype', () => {
  for (const [, text] of pollution) {
    importConfigJson(text);
    decodeShareLink(packShareLinkText(text));
  }
  expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  expect(({} as Record<string, unknown>).patience).toBeUndefined();
});
