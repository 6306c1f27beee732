import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readCsvLogger, splitCsvLine } from './csvLoggerFile';
import { historyCsv } from './historyFiles';

const fixture = (name: string) => readFileSync(new URL(`./__fixtures__/keras-history/${name}`, import.meta.url), 'utf8');

describe('reading a Keras CSVLogger file', () => {
  it('reads the file Keras writes: epoch column, sorted keys, \\r\\n, Python float reprs, the learning rate it trained with', () => {
    const read = readCsvLogger(fixture('csvlogger.csv'));
    expect(read.ok).toBe(true);
    if (!read.ok) return;
    expect(read.value.epochs.map((row) => row.epoch)).toEqual([0, 1, 2]);
    expect(read.value.epochs[0]?.logs).toEqual({ accuracy: 0.5049999952316284, learning_rate: 0.009999999776482582, loss: 0.6931471824645996, val_accuracy: 0.5199999809265137, val_loss: 0.6912378668785095 });
    expect(read.value.epochs.map((row) => [row.lrDuring, row.lrAfter])).toEqual([
      [0.009999999776482582, 0.009999999776482582],
      [0.009999999776482582, 0.004999999888241291],
      [0.004999999888241291, 0.004999999888241291],
    ]);
    expect(read.value.notes).toEqual([]);
  });

  it('takes any separator: semicolons, tabs', () => {
    for (const name of ['semicolon.csv', 'tab.csv']) {
      const read = readCsvLogger(fixture(name));
      expect(read.ok && read.value.epochs[0]?.logs).toEqual({ loss: 0.9, val_loss: 1.0 });
    }
  });

  it('reads NA as a missing value and nan / inf / -inf as Python writes them', () => {
    const read = readCsvLogger(fixture('validation-freq-nan.csv'));
    expect(read.ok).toBe(true);
    if (!read.ok) return;
    expect(read.value.epochs[0]?.logs).toEqual({ learning_rate: 0.01, loss: 0.7 });
    expect(read.value.epochs[2]?.logs.loss).toBeNaN();
    expect(read.value.epochs[3]?.logs).toMatchObject({ loss: Infinity, val_loss: -Infinity });
    expect(read.value.notes.join(' ')).toMatch(/4 cells were NA or empty/);
  });

  it('reads an appended file with its header repeated: the later rows win for the epochs redone', () => {
    const read = readCsvLogger(fixture('appended.csv'));
    expect(read.ok).toBe(true);
    if (!read.ok) return;
    expect(read.value.epochs.map((row) => [row.epoch, row.logs.val_loss])).toEqual([
      [0, 1.0],
      [1, 0.95],
      [2, 0.89],
      [3, 0.88],
      [4, 0.85],
    ]);
    expect(read.value.notes.join(' ')).toMatch(/header appears 2 times.*2 epochs were logged twice/);
  });

  it('refuses a file with no epoch column, naming its first line', () => {
    expect(readCsvLogger('step,loss\n0,1\n')).toEqual({ ok: false, problems: ['there is no epoch column: the first line is “step,loss”, and a Keras CSVLogger file starts with “epoch”'] });
    expect(readCsvLogger('')).toEqual({ ok: false, problems: ['the file is empty'] });
    expect(readCsvLogger('epoch\n0\n')).toMatchObject({ ok: false, problems: [expect.stringMatching(/nothing else/) as unknown] });
  });

  it('refuses ragged rows and values that are not numbers, saying where', () => {
    expect(readCsvLogger('epoch,loss,val_loss\n0,0.9\n1,0.8,0.7,0.1\n')).toEqual({ ok: false, problems: ['line 2 has 2 cells, the header 3', 'line 3 has 4 cells, the header 3'] });
    expect(readCsvLogger('epoch,loss\n0,abc\nx,0.5\n')).toEqual({ ok: false, problems: ['line 2, column loss: “abc” is not a number', 'line 3: the epoch “x” is not a whole number'] });
    const many = `epoch,loss\n${Array.from({ length: 9 }, (_, epoch) => `${epoch},bad`).join('\n')}`;
    const refused = readCsvLogger(many);
    expect(!refused.ok && refused.problems).toHaveLength(6);
    expect(!refused.ok && refused.problems.at(-1)).toBe('and 4 more problems like these');
  });

  it('splits quoted cells as Python’s csv module writes them', () => {
    expect(splitCsvLine('0,"[0.1, 0.2]","a ""b"""', ',')).toEqual(['0', '[0.1, 0.2]', 'a "b"']);
  });

  it('reads back, exactly, what the CSVLogger engine (Keras’s format, as the history download writes it) wrote', () => {
    const epochs = [
      { epoch: 0, logs: { loss: 0.6931471824645996, val_loss: 0.7, accuracy: 0.5 }, lrDuring: 0.01 },
      { epoch: 1, logs: { loss: Number.NaN, val_loss: Infinity, accuracy: 0.625 }, lrDuring: 0.01 },
    ];
    const read = readCsvLogger(historyCsv(epochs));
    expect(read.ok && read.value.epochs.map((row) => row.logs)).toEqual(epochs.map((row) => row.logs));
  });
});
