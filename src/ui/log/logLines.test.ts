import { describe, expect, it } from 'vitest';
import type { CallbackEvent } from '../../callbacks';
import { ALL_CALLBACKS, buildLogLines, filterLogLines, logCallbacks, WARNINGS_ONLY } from './logLines';

const event = (epoch: number, callback: string, kind: CallbackEvent['kind'], message: string): CallbackEvent => ({ epoch, batch: null, callback, kind, message });

describe('run log lines', () => {
  const events = [
    event(11, 'ReduceLROnPlateau', 'lr_reduced', 'Epoch 12: ReduceLROnPlateau reducing learning rate to 0.0002.'),
    event(0, 'ModelCheckpoint', 'checkpoint_saved', 'val_loss improved from inf to 0.90000, saving model to best.keras'),
    event(0, 'CSVLogger', 'csv_row', '0,0.9,1.0'),
  ];
  const warnings = [{ callback: 'EarlyStopping', category: 'UserWarning' as const, message: 'Early stopping conditioned on metric `val_acc` which is not available.', hook: 'onEpochEnd' as const, epoch: 3, batch: null }];
  const messages = [{ callback: 'ReduceLROnPlateau', message: '\nEpoch 12: ReduceLROnPlateau reducing learning rate to 0.0002.', hook: 'onEpochEnd' as const, epoch: 11, batch: null }];
  const lines = buildLogLines(events, warnings, messages);

  it('reads as Keras prints, ordered by epoch, without the verbose duplicate', () => {
    expect(lines.map((line) => line.text)).toEqual([
      'Epoch 1: val_loss improved from inf to 0.90000, saving model to best.keras',
      'Epoch 1: 0,0.9,1.0',
      'UserWarning: Early stopping conditioned on metric `val_acc` which is not available.',
      'Epoch 12: ReduceLROnPlateau reducing learning rate to 0.0002.',
    ]);
  });

  it("puts ProgbarLogger's header first in its epoch and its epoch line last, as fit(verbose=2) prints", () => {
    const progbar = (message: string, hook: 'onEpochBegin' | 'onEpochEnd') => ({ callback: 'ProgbarLogger', message, hook, epoch: 11, batch: null });
    const printed = [progbar('Epoch 12/50', 'onEpochBegin'), ...messages, progbar('3/3 - 0s - 2ms/step - loss: 0.4123', 'onEpochEnd')];
    // The page receives events before messages; the order within the epoch is Keras's all the same.
    expect(buildLogLines(events, [], printed).filter((line) => line.epoch === 11).map((line) => line.text)).toEqual([
      'Epoch 12/50',
      'Epoch 12: ReduceLROnPlateau reducing learning rate to 0.0002.',
      '3/3 - 0s - 2ms/step - loss: 0.4123',
    ]);
  });

  it('filters by callback, shows CSV rows only for CSVLogger, and lists warnings alone', () => {
    expect(filterLogLines(lines, ALL_CALLBACKS)).toHaveLength(3);
    expect(filterLogLines(lines, 'ReduceLROnPlateau').map((line) => line.kind)).toEqual(['lr_reduced']);
    expect(filterLogLines(lines, 'CSVLogger')).toHaveLength(1);
    expect(filterLogLines(lines, WARNINGS_ONLY).map((line) => line.callback)).toEqual(['EarlyStopping']);
    expect(logCallbacks(lines)).toEqual(['CSVLogger', 'EarlyStopping', 'ModelCheckpoint', 'ReduceLROnPlateau']);
  });

  it('ends with the final model on the held-out test set, as evaluate reports it', () => {
    const withTest = buildLogLines(events, warnings, messages, { logs: { loss: 0.30125, accuracy: 0.91 }, samples: 100 });
    expect(withTest.at(-1)).toEqual({
      epoch: null,
      callback: 'evaluate',
      kind: 'message',
      text: 'Held-out test set: test loss 0.3013 · test accuracy 0.9100 (100 samples)',
    });
  });

  it('gives a source the same line object in every update, so only new lines render', () => {
    const later = event(12, 'EarlyStopping', 'early_stopping', 'Epoch 13: early stopping');
    const grown = buildLogLines([...events, later], warnings, messages);
    for (const line of lines) expect(grown).toContain(line);
    expect(grown).toHaveLength(lines.length + 1);
  });
});
