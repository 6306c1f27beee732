import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { historyJson } from './historyFiles';
import { readHistoryJson } from './historyJsonFile';
import { readHistoryText, sizeProblem } from './historyFile';

const fixture = (name: string) => readFileSync(new URL(`./__fixtures__/keras-history/${name}`, import.meta.url), 'utf8');

describe('reading a saved Keras history', () => {
  it('reads json.dump(history.history), Python’s bare NaN and Infinity included, with the learning rate logged', () => {
    const read = readHistoryJson(fixture('history.json'));
    expect(read.ok).toBe(true);
    if (!read.ok) return;
    expect(read.value.epochs.map((row) => row.epoch)).toEqual([0, 1, 2]);
    expect(read.value.epochs[2]?.logs.loss).toBeNaN();
    expect(read.value.epochs[2]?.logs.val_loss).toBe(Infinity);
    expect(read.value.epochs.map((row) => row.lrDuring)).toEqual([0.01, 0.01, 0.005]);
    expect(read.value.epochs[1]?.lrAfter).toBe(0.005);
  });

  it('reads the history file Plateau itself downloads', () => {
    const text = historyJson([
      { epoch: 0, logs: { loss: 0.9, val_loss: Number.NaN }, lrDuring: 0.01 },
      { epoch: 1, logs: { loss: 0.8, val_loss: 0.7 }, lrDuring: 0.005 },
    ]);
    const read = readHistoryJson(text);
    expect(read.ok && read.value.epochs.map((row) => [row.logs.loss, row.lrDuring])).toEqual([
      [0.9, 0.01],
      [0.8, 0.005],
    ]);
  });

  it('refuses what is not a history, lists of unequal length, and values that are not numbers', () => {
    expect(readHistoryJson('[1, 2]')).toMatchObject({ ok: false, problems: [expect.stringMatching(/^this is not a Keras history/) as unknown] });
    expect(readHistoryJson('{"name": "x", "loss": [1]}')).toMatchObject({ ok: false, problems: [expect.stringMatching(/“name” is not a list/) as unknown] });
    expect(readHistoryJson('{"loss": [1, 2], "val_loss": [1]}')).toEqual({ ok: false, problems: ['“val_loss” has 1 values, “loss” 2: every key needs one value per epoch'] });
    expect(readHistoryJson('{"loss": [1, "high"]}')).toEqual({ ok: false, problems: ['“loss”[1] is "high", not a number'] });
    expect(readHistoryJson('{"loss": [1,')).toMatchObject({ ok: false, problems: [expect.stringMatching(/^the file is not JSON/) as unknown] });
  });

  it('tells a CSV from a JSON by its content, and refuses a 50 MB file before reading it', () => {
    expect(readHistoryText(fixture('history.json')).format).toBe('json');
    expect(readHistoryText(fixture('csvlogger.csv')).format).toBe('csv');
    expect(sizeProblem(50 * 1024 * 1024)).toMatchObject({ ok: false, problems: [expect.stringMatching(/50\.0 MB.*not read/) as unknown] });
    expect(sizeProblem(1024)).toBeNull();
  });
});
