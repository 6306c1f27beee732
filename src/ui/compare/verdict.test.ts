import { describe, expect, test } from 'vitest';
import type { EpochRow } from '../../training/protocol';
import { sameStart, sameStartBySeed } from './sameStart';
import { compareVerdict, leadingFrom, sharedMetric, type VerdictRun } from './verdict';

const rows = (key: string, values: number[]): EpochRow[] =>
  values.map((value, epoch) => ({ epoch, logs: { loss: value + 0.1, [key]: value }, lrDuring: 0.01, lrAfter: 0.01, seconds: 0.1, tensors: 10 }));
const run = (name: string, values: number[], extra: Partial<VerdictRun> = {}): VerdictRun => ({
  name,
  monitor: 'val_loss',
  history: rows('val_loss', values),
  finished: true,
  stoppedBy: null,
  ...extra,
});

describe('compareVerdict', () => {
  test('names the winner, its best value and epoch, when it took the lead, and the others', () => {
    const plateau = run('Constant + ReduceLROnPlateau', [0.9, 0.5, 0.4, 0.3, 0.2, 0.15]);
    const cosine = run('Cosine decay with warm-up', [1.0, 0.6, 0.35, 0.25, 0.123, 0.13]);
    expect(compareVerdict([plateau, cosine])).toEqual({
      metric: 'val_loss',
      text: 'Cosine decay with warm-up reached the lowest val_loss, 0.1230 at epoch 5; its best so far led from epoch 3 on. Constant + ReduceLROnPlateau 0.1500 at epoch 6.',
    });
  });

  test('a lead lost and won back counts from the last time it was won', () => {
    const a = run('A', [0.5, 0.6, 0.3, 0.2]);
    const b = run('B', [0.6, 0.4, 0.35, 0.3]);
    expect(leadingFrom(a, [b], 'val_loss')).toBe(3);
    expect(leadingFrom(run('C', [0.1, 0.1]), [b], 'val_loss')).toBe(1);
    expect(compareVerdict([run('C', [0.1, 0.1]), b])?.text).toContain('; its best so far led from the first epoch');
  });

  test('accuracy is ranked highest first; the stop and unfinished runs are said', () => {
    const up = (name: string, values: number[], extra: Partial<VerdictRun> = {}) =>
      run(name, [], { monitor: 'val_accuracy', history: rows('val_accuracy', values), ...extra });
    const verdict = compareVerdict([up('A', [0.5, 0.7], { stoppedBy: 'EarlyStopping' }), up('B', [0.6, 0.65, 0.66], { finished: false })]);
    expect(verdict?.metric).toBe('val_accuracy');
    expect(verdict?.text).toBe('So far: A reached the highest val_accuracy, 0.7000 at epoch 2, stopped by EarlyStopping after epoch 2; its best so far led from epoch 2 on. B 0.6600 at epoch 3.');
  });

  test('ties, runs without values, and nothing to say yet', () => {
    expect(compareVerdict([run('A', [0.5, 0.2]), run('B', [0.2, 0.3])])?.text).toBe('B and A tie on the lowest val_loss, 0.2000 (B at epoch 1, A at epoch 2).');
    expect(compareVerdict([run('A', [0.5]), run('B', [], { finished: false })])?.text).toBe('So far: A reached the lowest val_loss, 0.5000 at epoch 1. B has no val_loss yet.');
    expect(compareVerdict([run('A', []), run('B', [])])).toBeNull();
  });

  test('runs that monitor different metrics are ranked on val_loss, else loss', () => {
    expect(sharedMetric([run('A', [1], { monitor: 'val_accuracy' }), run('B', [1])])).toBe('val_loss');
    expect(sharedMetric([run('A', [], { monitor: 'val_accuracy', history: rows('x', [1]) }), run('B', [1])])).toBe('loss');
  });
});

test('sameStart: equal initial losses prove the same start; any difference, or a missing one, does not', () => {
  expect(sameStart([{ loss: 0.7, val_loss: 0.69 }, { loss: 0.7, val_loss: 0.69 }])).toEqual({ kind: 'same', initialLoss: { loss: 0.7, val_loss: 0.69 } });
  expect(sameStart([{ loss: 0.7, val_loss: 0.69 }, { loss: 0.7, val_loss: 0.6900001 }]).kind).toBe('different');
  expect(sameStart([{ loss: 0.7 }, null]).kind).toBe('waiting');
});

test('sameStartBySeed: each seed equal across variants, seeds different from each other', () => {
  const seed0 = { loss: 0.7, val_loss: 0.69 };
  const seed1 = { loss: 0.8, val_loss: 0.71 };
  expect(sameStartBySeed([[seed0, seed0], [seed1, seed1]])).toEqual({ kind: 'same', initialLoss: seed0 });
  expect(sameStartBySeed([[seed0, seed0], [seed1, seed0]]).kind).toBe('different');
  expect(sameStartBySeed([[seed0, seed0], [seed1, null]]).kind).toBe('waiting');
});
